package com.pullsafe.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts for people from one message bundle. Arguments are turned into plain strings first, so
 * numbers never get locale grouping and decimals lose trailing zeros ("147.5").
 */
public final class Bundle {

  private static final Locale LOCALE = Locale.ENGLISH;

  private final ResourceBundle messages;

  private Bundle(ResourceBundle messages) {
    this.messages = messages;
  }

  /** The bundle {@code name}, loaded with the class loader of {@code owner}. */
  public static Bundle of(String name, Class<?> owner) {
    return new Bundle(
        ResourceBundle.getBundle(
            name,
            LOCALE,
            owner.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  public String text(String key, Object... args) {
    String pattern = messages.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] =
          args[i] instanceof BigDecimal decimal
              ? decimal.stripTrailingZeros().toPlainString()
              : String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, LOCALE).format(plain);
  }

  public boolean has(String key) {
    return messages.containsKey(key);
  }
}
