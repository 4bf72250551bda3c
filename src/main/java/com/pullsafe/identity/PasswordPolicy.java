package com.pullsafe.identity;

import com.pullsafe.shared.Bundle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, after current guidance (NIST SP 800-63B, 5.1.1.2): long enough, and not
 * guessable from a list, a pattern or the account itself. There are no composition rules (digits,
 * symbols, cases) and no expiry: length and unpredictability are what count. A password is refused
 * when it is shorter than {@value #MIN_LENGTH} or longer than {@value #MAX_LENGTH} characters,
 * appears in the list of common passwords shipped with the app ({@code common-passwords.txt},
 * compared case-insensitively), is one character or a short unit repeated, or a run such as {@code
 * 0123456789} or {@code abcdefghij}, or contains the part of the account's e-mail address before
 * the @ or the name of the service.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = UserAccount.PASSWORD_MIN;
  public static final int MAX_LENGTH = UserAccount.PASSWORD_MAX;

  /** Shorter local parts (e.g. "al") would refuse half the dictionary; equality still counts. */
  static final int LOCAL_PART_CONTAINED_MIN = 3;

  private static final String SERVICE_NAME = "pullsafe";
  private static final String COMMON_PASSWORDS = "common-passwords.txt";
  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.IdentityMessages", PasswordPolicy.class);

  private final Set<String> common;

  PasswordPolicy(Set<String> common) {
    this.common = Set.copyOf(common);
  }

  /** The policy with the shipped list of common passwords, loaded once. */
  public static PasswordPolicy standard() {
    return Standard.POLICY;
  }

  /** Why this password may not be the password of {@code email}; empty when it may. */
  public Optional<String> problem(String password, String email) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(TEXTS.text("password.tooShort", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      return Optional.of(TEXTS.text("password.tooLong", MAX_LENGTH));
    }
    String folded = password.toLowerCase(Locale.ROOT);
    if (common.contains(folded)) {
      return Optional.of(TEXTS.text("password.common"));
    }
    if (isRepetition(folded) || isRun(folded)) {
      return Optional.of(TEXTS.text("password.pattern"));
    }
    if (containsLocalPart(folded, email)) {
      return Optional.of(TEXTS.text("password.containsEmail"));
    }
    if (folded.contains(SERVICE_NAME)) {
      return Optional.of(TEXTS.text("password.containsServiceName"));
    }
    return Optional.empty();
  }

  /** Whether the password is a unit of at most four characters over and over ("ababab…"). */
  private static boolean isRepetition(String password) {
    for (int unit = 1; unit <= 4; unit++) {
      if (repeatsEvery(password, unit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean repeatsEvery(String password, int unit) {
    for (int i = unit; i < password.length(); i++) {
      if (password.charAt(i) != password.charAt(i - unit)) {
        return false;
      }
    }
    return true;
  }

  /** Whether each character is one above (or each one below) the one before, as in "3456789…". */
  private static boolean isRun(String password) {
    int step = password.charAt(1) - password.charAt(0);
    if (step != 1 && step != -1) {
      return false;
    }
    for (int i = 2; i < password.length(); i++) {
      if (password.charAt(i) - password.charAt(i - 1) != step) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsLocalPart(String password, String email) {
    String normalized = UserAccount.normalizeEmail(email);
    if (normalized == null || normalized.indexOf('@') <= 0) {
      return false;
    }
    String localPart = normalized.substring(0, normalized.lastIndexOf('@'));
    return password.equals(localPart)
        || (localPart.length() >= LOCAL_PART_CONTAINED_MIN && password.contains(localPart));
  }

  /** Reads the list of common passwords: one a line, lower case. */
  static Set<String> read(InputStream list) throws IOException {
    Set<String> passwords = new HashSet<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty()) {
          passwords.add(line.toLowerCase(Locale.ROOT));
        }
      }
    }
    return passwords;
  }

  /** Loaded on first use, so that classes which only name the policy do not read the list. */
  private static final class Standard {
    static final PasswordPolicy POLICY = load();

    private static PasswordPolicy load() {
      try (InputStream list = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
        if (list == null) {
          throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
        }
        return new PasswordPolicy(read(list));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
      }
    }
  }
}
