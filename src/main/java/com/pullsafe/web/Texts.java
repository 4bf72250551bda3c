package com.pullsafe.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The pages' message bundle for backing beans (pages use {@code #{msg[...]}}). */
@ApplicationScoped
public class Texts {

  private static final String BUNDLE = "com.pullsafe.web.Messages";

  public String get(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }
}
