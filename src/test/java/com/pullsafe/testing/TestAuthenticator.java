package com.pullsafe.testing;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;

/**
 * The tests' own authenticator app: computes RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits) from a key
 * read off the set-up page, independently of the server's implementation. Remembers the accounts it
 * set up (per server and e-mail, for this test run), and never offers a time step twice, as the
 * server accepts each step's code once: when the window's steps are used up it waits for the next.
 */
public final class TestAuthenticator {

  private static final Map<String, TestAuthenticator> ENROLLED = new ConcurrentHashMap<>();
  private static final long STEP_SECONDS = 30;

  private final byte[] key;
  private final Clock clock;
  private long lastStep;

  public TestAuthenticator(String base32Key, Clock clock) {
    this.key = base32(base32Key);
    this.clock = clock;
  }

  /** Remembers the authenticator {@code email} set up on the server at {@code base}. */
  public static TestAuthenticator enrolled(String base, String email, String base32Key) {
    TestAuthenticator app = new TestAuthenticator(base32Key, Clock.systemUTC());
    ENROLLED.put(key(base, email), app);
    return app;
  }

  /** The authenticator {@code email} set up on {@code base} in this run. */
  public static TestAuthenticator of(String base, String email) {
    TestAuthenticator app = ENROLLED.get(key(base, email));
    if (app == null) {
      throw new AssertionError(
          email
              + " uses two-factor sign-in, set up before this test run: the integration tests"
              + " need a fresh database");
    }
    return app;
  }

  /** Forgets {@code email}'s authenticator (after it was turned off or reset). */
  public static void forget(String base, String email) {
    ENROLLED.remove(key(base, email));
  }

  private static String key(String base, String email) {
    return base.replaceAll("/$", "") + " " + email.toLowerCase(Locale.ROOT);
  }

  /** The code of the current step, or the next, whichever the server has not seen yet. */
  public synchronized String nextCode() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(2 * STEP_SECONDS))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> step(clock.instant()) + 1 > lastStep);
    long step = Math.max(step(clock.instant()), lastStep + 1);
    lastStep = step;
    return code(step);
  }

  /** The code of the step {@code at} falls into, without remembering it as used. */
  public String codeAt(Instant at) {
    return code(step(at));
  }

  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  public String code(long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] counter = new byte[8];
      for (int i = 7; i >= 0; i--) {
        counter[i] = (byte) (step >>> (8 * (7 - i)));
      }
      byte[] hash = mac.doFinal(counter);
      int offset = hash[19] & 0xf;
      int number =
          (hash[offset] & 0x7f) << 24
              | (hash[offset + 1] & 0xff) << 16
              | (hash[offset + 2] & 0xff) << 8
              | (hash[offset + 3] & 0xff);
      return String.format("%06d", number % 1_000_000);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long buffer = 0;
    int bits = 0;
    for (char c : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT).toCharArray()) {
      buffer = buffer << 5 | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((int) (buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
