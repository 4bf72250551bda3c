package com.pullsafe.web.account;

import com.pullsafe.identity.AccountService;
import com.pullsafe.shared.Language;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.LanguageFilter;
import com.pullsafe.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * Backs the language setting on {@code /account/profile.xhtml}: a supported language for pages and
 * mails, or the browser's choice (stored as none).
 */
@Named
@RequestScoped
public class LanguageBean {

  /** The choice "as my browser asks". */
  public static final String BROWSER = "browser";

  @Inject private AccountService accounts;
  @Inject private ExternalContext external;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private String language;

  @PostConstruct
  void load() {
    language = accounts.myLanguage().map(Locale::getLanguage).orElse(BROWSER);
  }

  public void save() {
    Locale chosen = Language.of(language).orElse(null);
    accounts.chooseLanguage(chosen);
    LanguageFilter.choiceChanged((HttpSession) external.getSession(true));
    Locale shown =
        chosen != null
            ? chosen
            : LanguageFilter.browserLanguage((HttpServletRequest) external.getRequest());
    feedback.doneThenShow(
        Language.during(shown, () -> texts.get("profile.language.saved")), TokensBean.PAGE);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
