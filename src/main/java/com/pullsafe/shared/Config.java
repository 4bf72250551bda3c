package com.pullsafe.shared;

import java.util.Optional;

/**
 * The one place configuration is read: an environment variable, overridable by a JVM system
 * property of the same name (handy for tests and the managed server).
 */
public final class Config {

  public static final String PORTAL_ADMIN_EMAIL = "PORTAL_ADMIN_EMAIL";
  public static final String PORTAL_ADMIN_PASSWORD = "PORTAL_ADMIN_PASSWORD";
  public static final String DEMO_DATA = "PULLSAFE_DEMO_DATA";

  /** Where people reach the portal; links in e-mails start with it. */
  public static final String BASE_URL = "PULLSAFE_BASE_URL";

  public static final String DEFAULT_BASE_URL = "http://localhost:8080";

  /** The sender of the portal's e-mails, unless the mail session sets one. */
  public static final String MAIL_FROM = "PULLSAFE_MAIL_FROM";

  public static final String DEFAULT_MAIL_FROM = "PullSafe <no-reply@pullsafe.invalid>";

  /** Hours an invitation's link to set a password works (default 72, 1 to 720). */
  public static final String INVITATION_LINK_HOURS = "PULLSAFE_INVITATION_LINK_HOURS";

  /** Hours a password reset's link works (default 1, 1 to 720). */
  public static final String RESET_LINK_HOURS = "PULLSAFE_RESET_LINK_HOURS";

  /** Seconds between retries of failed alert mails (default five minutes). */
  public static final String MAIL_RETRY_SECONDS = "PULLSAFE_MAIL_RETRY_SECONDS";

  /** Seconds between the weekly reminders' rounds (default ten minutes). */
  public static final String REMINDER_CHECK_SECONDS = "PULLSAFE_REMINDER_CHECK_SECONDS";

  /** Whether this node's reminder timer stays off (default false: it runs). */
  public static final String REMINDER_TIMER_OFF = "PULLSAFE_REMINDER_TIMER_OFF";

  /** Seconds between the webhook retry timer's rounds (default 30). */
  public static final String WEBHOOK_RETRY_SECONDS = "PULLSAFE_WEBHOOK_RETRY_SECONDS";

  /** Seconds before a failed webhook delivery's first retry, doubling after that (default 30). */
  public static final String WEBHOOK_RETRY_BASE_SECONDS = "PULLSAFE_WEBHOOK_RETRY_BASE_SECONDS";

  /**
   * Whether webhook endpoints may be {@code http://} on a loopback address (127.0.0.0/8): for tests
   * and development only (default off: every endpoint must be {@code https://}).
   */
  public static final String WEBHOOK_ALLOW_LOOPBACK_HTTP = "PULLSAFE_WEBHOOK_ALLOW_LOOPBACK_HTTP";

  /**
   * Whether answers tell the SQL statements they took in a {@code Server-Timing} header (default
   * off: it shows outsiders how the portal works inside).
   */
  public static final String SERVER_TIMING = "PULLSAFE_SERVER_TIMING";

  /**
   * The key TOTP secrets are encrypted with: base64 of 32 random bytes (e.g. {@code openssl rand
   * -base64 32}); every node of a cluster needs the same one.
   */
  public static final String TOTP_KEY = "PULLSAFE_TOTP_KEY";

  private Config() {}

  public static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The setting as a whole number above zero; empty when unset, not a number, or not above 0. */
  public static Optional<Long> positiveNumber(String name) {
    try {
      return get(name).map(Long::parseLong).filter(number -> number > 0);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static boolean flag(String name) {
    return get(name).map(Boolean::parseBoolean).orElse(false);
  }
}
