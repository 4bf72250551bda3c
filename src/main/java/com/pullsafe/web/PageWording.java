package com.pullsafe.web;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a constraint's message for a page: where {@code ValidationMessages} holds {@code
 * <key>.onPage} next to a message {@code <key>}, the page gets that one. The API's message may name
 * other fields as requests spell them ({@code painScore}); the page's names them as its questions
 * do. Everything else is interpolated as usual.
 */
final class PageWording implements MessageInterpolator {

  static final String SUFFIX = ".onPage";
  private static final Pattern ONE_KEY = Pattern.compile("\\{([\\w.]+)}");
  private static final String BUNDLE = "ValidationMessages";

  private final MessageInterpolator usual;

  PageWording(MessageInterpolator usual) {
    this.usual = usual;
  }

  @Override
  public String interpolate(String template, Context context) {
    return usual.interpolate(forPage(template, Locale.getDefault()), context);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return usual.interpolate(forPage(template, locale), context, locale);
  }

  /** The page's template for {@code template}: itself, unless it is one key with a page wording. */
  static String forPage(String template, Locale locale) {
    Matcher key = ONE_KEY.matcher(template);
    if (!key.matches()) {
      return template;
    }
    String pageKey = key.group(1) + SUFFIX;
    try {
      ResourceBundle messages =
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              PageWording.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return messages.containsKey(pageKey) ? "{" + pageKey + "}" : template;
    } catch (MissingResourceException noBundle) {
      return template;
    }
  }
}
