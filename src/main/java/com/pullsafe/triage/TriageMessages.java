package com.pullsafe.triage;

import com.pullsafe.shared.Language;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads the texts of the triage from {@code TriageMessages.properties} and its translations ({@code
 * TriageMessages_de.properties}). Every text is a {@link MessageFormat} pattern; arguments are
 * turned into plain strings first, so numbers never get locale grouping ("1500", not "1,500") and
 * decimals lose trailing zeros ("147.5"). The rules build {@link Wording}s, written out in each
 * language when a result is stored; the rest is written in the {@link Language#current() current
 * language}.
 */
public final class TriageMessages {

  static final String BUNDLE = "com.pullsafe.triage.TriageMessages";

  /**
   * The languages whose red-flag words are looked for in an athlete's notes: notes are free text,
   * written in whatever language the athlete likes, whatever the language of the pages.
   */
  static final List<Locale> NOTES_LANGUAGES = Language.SUPPORTED;

  private TriageMessages() {}

  /** The one-line reason of a finding ({@code finding.<CODE>.reason}). */
  public static Wording reason(FindingCode code, Object... args) {
    return wording("finding." + code.name() + ".reason", args);
  }

  /** A variant of the reason, for rules that fire in more than one way. */
  public static Wording reasonVariant(FindingCode code, String variant, Object... args) {
    return wording("finding." + code.name() + ".reason." + variant, args);
  }

  /** What to do about a finding. */
  public static Wording advice(FindingCode code) {
    return wording("finding." + code.name() + ".advice");
  }

  /** One line on what a level means for the athlete, in the current language. */
  public static String levelSummary(Level level) {
    return levelSummary(level, Language.current());
  }

  /** One line on what a level means for the athlete, in {@code language}. */
  public static String levelSummary(Level level, Locale language) {
    return format(language, "level." + level.name() + ".summary");
  }

  /** The line every triage screen shows, in the current language: PullSafe does not diagnose. */
  public static String notice() {
    return text("notice.notADiagnosis");
  }

  /** Any text of the bundle in the current language, formatted with plain-string arguments. */
  public static String text(String key, Object... args) {
    return format(Language.current(), key, args);
  }

  /** A text of the bundle to be written out later, in whichever language is asked for. */
  static Wording wording(String key, Object... args) {
    return new Wording.Message(key, Arrays.asList(args));
  }

  /** The text of {@code key} in {@code language}, with plain-string arguments. */
  static String format(Locale language, String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = plain(args[i], language);
    }
    return new MessageFormat(bundle(language).getString(key), language).format(plain);
  }

  /** A number as people write it: no grouping, no trailing zeros, never scientific. */
  public static String plain(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  /** {@link #plain(Object)} with the language's decimal mark: "147.5", German "147,5". */
  static String plain(Object value, Locale language) {
    String plain = plain(value);
    if (value instanceof BigDecimal) {
      char mark = DecimalFormatSymbols.getInstance(language).getDecimalSeparator();
      return plain.replace('.', mark);
    }
    return plain;
  }

  /** "a", "a and b", "a, b and c", in each language's words. */
  static Wording joinAnd(List<Wording> parts) {
    return new Wording.AndList(parts);
  }

  /** A text without arguments in one of the {@link #NOTES_LANGUAGES}. */
  static String textIn(Locale language, String key) {
    return format(language, key);
  }

  static boolean hasKey(String key) {
    return bundle(Locale.ENGLISH).containsKey(key);
  }

  static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        TriageMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
