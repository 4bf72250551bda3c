package com.pullsafe.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and authenticator apps compute them by
 * default: HMAC-SHA1 (RFC 4226's truncation), 30-second steps from the Unix epoch, 6 digits. A code
 * is accepted for its own step and one step either side (clock drift, typing time), and only for a
 * step later than the last one accepted, so no code works twice.
 */
public final class Totp {

  public static final Duration STEP = Duration.ofSeconds(30);
  public static final int DIGITS = 6;

  /** Steps accepted either side of the current one. */
  static final int WINDOW = 1;

  static final String HMAC_SHA1 = "HmacSHA1";
  private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private Totp() {}

  /** The time step an instant falls into. */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
  }

  /** The 6-digit code of {@code step}. */
  public static String code(byte[] key, long step) {
    return code(key, step, DIGITS, HMAC_SHA1);
  }

  /** RFC 4226's HOTP of the step's counter, with the given length and HMAC. */
  static String code(byte[] key, long step, int digits, String hmac) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance(hmac);
      mac.init(new SecretKeySpec(key, hmac));
      hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(hmac + " unavailable", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    String code = Integer.toString(binary % POWERS[digits]);
    return "0".repeat(digits - code.length()) + code;
  }

  /** Whether the text has the shape of a code (six digits); anything else is not checked. */
  public static boolean looksLikeCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /**
   * The step whose code {@code code} is, within the window around {@code now} and later than {@code
   * lastUsedStep}; empty if there is none (a wrong, stale or already used code).
   */
  public static OptionalLong matchingStep(byte[] key, String code, Instant now, long lastUsedStep) {
    if (!looksLikeCode(code)) {
      return OptionalLong.empty();
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = step(now);
    for (long step = Math.max(current - WINDOW, lastUsedStep + 1);
        step <= current + WINDOW;
        step++) {
      byte[] expected = code(key, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }
}
