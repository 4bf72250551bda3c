package com.pullsafe.shared;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts for people from one message bundle, in the {@link Language#current() current language}.
 * Arguments are turned into plain strings first, so numbers never get locale grouping and decimals
 * lose trailing zeros ("147.5").
 */
public final class Bundle {

  private final String name;
  private final ClassLoader loader;

  private Bundle(String name, ClassLoader loader) {
    this.name = name;
    this.loader = loader;
  }

  /** The bundle {@code name}, loaded with the class loader of {@code owner}. */
  public static Bundle of(String name, Class<?> owner) {
    return new Bundle(name, owner.getClassLoader());
  }

  public String text(String key, Object... args) {
    return in(Language.current(), key, args);
  }

  /** A text in {@code language}, whatever the current one. */
  public String in(Locale language, String key, Object... args) {
    String pattern = messages(language).getString(key);
    if (args.length == 0) {
      return pattern;
    }
    MessageFormat format = new MessageFormat(pattern, language);
    Format[] declared = format.getFormatsByArgumentIndex();
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // An argument the pattern formats itself ({0,choice,…}, {0,number,integer}) stays a number.
      boolean formattedByPattern = i < declared.length && declared[i] != null;
      plain[i] = formattedByPattern ? args[i] : plain(args[i]);
    }
    return format.format(plain);
  }

  private static String plain(Object arg) {
    return arg instanceof BigDecimal decimal
        ? decimal.stripTrailingZeros().toPlainString()
        : String.valueOf(arg);
  }

  public boolean has(String key) {
    return messages(Locale.ENGLISH).containsKey(key);
  }

  private ResourceBundle messages(Locale language) {
    // Without fallback to the JVM's default locale: a missing German text falls back to English.
    return ResourceBundle.getBundle(
        name,
        language,
        loader,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
