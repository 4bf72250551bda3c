package com.pullsafe.web;

import com.pullsafe.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The locale of the page being rendered, for {@code <f:view locale>} and {@code <html lang>} in the
 * layout: the language {@link LanguageFilter} chose for this request.
 */
@Named
@ApplicationScoped
public class PageLanguage {

  public Locale getLocale() {
    return Language.current();
  }

  /** The BCP 47 tag for {@code <html lang>}: "en", "de". */
  public String getTag() {
    return Language.current().toLanguageTag();
  }
}
