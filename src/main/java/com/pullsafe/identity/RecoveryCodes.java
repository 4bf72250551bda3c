package com.pullsafe.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recovery codes: {@value #COUNT} at a time, each ten base32 characters (50 random bits) shown as
 * {@code xxxxx-xxxxx}. Typed back, case, blanks and the hyphen do not matter.
 */
public final class RecoveryCodes {

  public static final int COUNT = 10;
  private static final int LENGTH = 10;
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final Pattern TYPED = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder(LENGTH + 1);
      for (int c = 0; c < LENGTH; c++) {
        if (c == LENGTH / 2) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** The code as stored and compared: lower case, without blanks and hyphens; null if malformed. */
  static String normalize(String typed) {
    if (typed == null || typed.length() > 40) {
      return null;
    }
    String code = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    return TYPED.matcher(code).matches() ? code : null;
  }

  /** Whether the text could be a recovery code rather than an authenticator's code. */
  public static boolean looksLikeRecoveryCode(String typed) {
    return normalize(typed) != null;
  }

  static String hash(String normalized) {
    return TokenSecrets.hash(normalized);
  }
}
