package com.pullsafe.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of personal access tokens: {@value #PREFIX} followed by 32 random bytes in base64url
 * (256 bits). Being random and long, a token needs no slow hash: its SHA-256 is what is stored and
 * looked up, and a short visible prefix tells tokens apart in lists.
 */
public final class TokenSecrets {

  /** Marks a PullSafe token, so a leaked one is recognisable (e.g. by secret scanners). */
  public static final String PREFIX = "psk_";

  /** How much of a token lists show: the marker and the first 8 random characters. */
  public static final int VISIBLE_LENGTH = PREFIX.length() + 8;

  /** Marks the secret of a one-time password link ({@link PasswordLink}). */
  public static final String LINK_PREFIX = "psl_";

  static final int RANDOM_BYTES = 32;
  private static final Pattern FORMAT = Pattern.compile("psk_[A-Za-z0-9_-]{43}");
  private static final Pattern LINK_FORMAT = Pattern.compile("psl_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A new token, to be shown once to its owner and then forgotten. */
  public static String generate() {
    return generate(PREFIX);
  }

  /** A new secret of a password link, as random as a token; only its {@link #hash} is kept. */
  public static String generateLinkSecret() {
    return generate(LINK_PREFIX);
  }

  /** Whether the text has the shape of a password link's secret. */
  public static boolean looksLikeLinkSecret(String secret) {
    return secret != null && LINK_FORMAT.matcher(secret).matches();
  }

  private static String generate(String prefix) {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the text has the shape of a token; anything else is refused without a lookup. */
  public static boolean looksLikeToken(String token) {
    return token != null && FORMAT.matcher(token).matches();
  }

  /** The stored form: SHA-256 of the token in lower-case hex (64 characters). */
  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** The part of a token that lists show. */
  public static String visiblePrefix(String token) {
    return token.substring(0, VISIBLE_LENGTH);
  }
}
