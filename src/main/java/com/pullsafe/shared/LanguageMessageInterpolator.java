package com.pullsafe.shared;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Writes Jakarta Validation messages in the {@link Language#current() current language} rather than
 * the server's default locale: a German page or an API call with {@code Accept-Language: de} gets
 * {@code ValidationMessages_de.properties}. Named in {@code META-INF/validation.xml}.
 */
public class LanguageMessageInterpolator implements MessageInterpolator {

  private final MessageInterpolator standard =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return standard.interpolate(messageTemplate, context, Language.current());
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return standard.interpolate(messageTemplate, context, locale);
  }
}
