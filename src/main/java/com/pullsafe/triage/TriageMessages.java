package com.pullsafe.triage;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads the athlete-facing texts of the triage from {@code TriageMessages.properties}. Every text
 * is a {@link MessageFormat} pattern; arguments are turned into plain strings first, so numbers
 * never get locale grouping ("1500", not "1,500") and decimals lose trailing zeros ("147.5").
 */
public final class TriageMessages {

  static final String BUNDLE = "com.pullsafe.triage.TriageMessages";
  private static final Locale LOCALE = Locale.ENGLISH;
  private static final ResourceBundle MESSAGES = bundle(LOCALE);

  /**
   * The languages whose red-flag words are looked for in an athlete's notes: notes are free text,
   * written in whatever language the athlete likes, whatever the language of the pages.
   */
  static final List<Locale> NOTES_LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

  private TriageMessages() {}

  /** The one-line reason of a finding ({@code finding.<CODE>.reason}). */
  public static String reason(FindingCode code, Object... args) {
    return text("finding." + code.name() + ".reason", args);
  }

  /** A variant of the reason, for rules that fire in more than one way. */
  public static String reasonVariant(FindingCode code, String variant, Object... args) {
    return text("finding." + code.name() + ".reason." + variant, args);
  }

  /** What to do about a finding. */
  public static String advice(FindingCode code) {
    return text("finding." + code.name() + ".advice");
  }

  /** One line on what a level means for the athlete. */
  public static String levelSummary(Level level) {
    return text("level." + level.name() + ".summary");
  }

  /** The line every triage screen shows: the portal supports coaching and does not diagnose. */
  public static String notice() {
    return text("notice.notADiagnosis");
  }

  /** Any text of the bundle, formatted with plain-string arguments. */
  public static String text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = plain(args[i]);
    }
    return new MessageFormat(MESSAGES.getString(key), LOCALE).format(plain);
  }

  /** A number as people write it: no grouping, no trailing zeros, never scientific. */
  public static String plain(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  /** "a", "a and b", "a, b and c". */
  static String joinAnd(List<String> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String head = String.join(", ", parts.subList(0, parts.size() - 1));
    return head + " " + text("word.and") + " " + parts.get(parts.size() - 1);
  }

  /** A text without arguments in one of the {@link #NOTES_LANGUAGES}. */
  static String textIn(Locale language, String key) {
    return new MessageFormat(bundle(language).getString(key), language).format(new Object[0]);
  }

  static boolean hasKey(String key) {
    return MESSAGES.containsKey(key);
  }

  static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        TriageMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
