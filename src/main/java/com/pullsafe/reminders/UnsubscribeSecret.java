package com.pullsafe.reminders;

import com.pullsafe.identity.TokenSecrets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret of a reminder's unsubscribe link: {@value #PREFIX} and 32 random bytes in base64url.
 * Random and long, so its SHA-256 is what is stored and looked up, like a token's.
 */
public final class UnsubscribeSecret {

  static final String PREFIX = "psu_";
  private static final Pattern FORMAT = Pattern.compile("psu_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private UnsubscribeSecret() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the text has the shape of a secret; anything else is refused without a lookup. */
  public static boolean looksLikeOne(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  static String hash(String secret) {
    return TokenSecrets.hash(secret);
  }
}
