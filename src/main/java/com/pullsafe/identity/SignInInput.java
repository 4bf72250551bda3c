package com.pullsafe.identity;

/**
 * Screens a login and password before anything costly happens: a login that no account can have
 * (blank, too long, with control characters such as U+0000, which PostgreSQL refuses in text) or a
 * password longer than any account's is refused without a hash and without a query.
 */
public final class SignInInput {

  private SignInInput() {}

  public static boolean isPlausible(String login, String password) {
    return isPlausibleLogin(login)
        && password != null
        && !password.isEmpty()
        && password.length() <= UserAccount.PASSWORD_MAX;
  }

  static boolean isPlausibleLogin(String login) {
    if (login == null || login.isBlank() || login.length() > UserAccount.EMAIL_MAX) {
      return false;
    }
    return login.codePoints().noneMatch(SignInInput::isUnprintable);
  }

  private static boolean isUnprintable(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.FORMAT;
  }

  /** The login as a log line may show it: control characters escaped, cut to a sane length. */
  static String printable(String login) {
    if (login == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    login
        .codePoints()
        .limit(UserAccount.EMAIL_MAX)
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                shown.append('\\').appendCodePoint(c);
              } else if (isUnprintable(c)) {
                shown.append(String.format("\\u%04x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }
}
