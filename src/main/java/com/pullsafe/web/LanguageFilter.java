package com.pullsafe.web;

import com.pullsafe.identity.AccountService;
import com.pullsafe.shared.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language of each request (see {@link Language}). Pages: the language the signed-in
 * person chose on their profile, else the browser's {@code Accept-Language}, else English. The API:
 * its {@code Accept-Language} only, so that a client that does not ask keeps getting English.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {

  private static final String CHOICE = LanguageFilter.class.getName() + ".choice";

  @Inject private AccountService accounts;

  /** A signed-in person's choice, kept in their session: null is the browser's choice. */
  private record Choice(String email, Locale language) implements Serializable {}

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try (Language.Scope ofThisRequest = Language.use(languageOf(request))) {
      chain.doFilter(request, response);
    }
  }

  /** Forgets the cached choice, so that the next request reads the one just stored. */
  public static void choiceChanged(HttpSession session) {
    session.removeAttribute(CHOICE);
  }

  private Locale languageOf(HttpServletRequest request) {
    Locale browser = browserLanguage(request);
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return browser;
    }
    return chosen(request).orElse(browser);
  }

  /** The first supported language the browser asks for; English if none. */
  public static Locale browserLanguage(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Locale.ENGLISH;
    }
    return Language.firstSupported(request.getLocales());
  }

  private Optional<Locale> chosen(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    String email = request.getUserPrincipal().getName();
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CHOICE) instanceof Choice cached) {
      if (cached.email().equals(email)) {
        return Optional.ofNullable(cached.language());
      }
    }
    Optional<Locale> language;
    try {
      language = accounts.myLanguage();
    } catch (RuntimeException unavailable) {
      // The database may be down: the page's own error handling answers; the browser's language
      // serves meanwhile, and the next request asks again.
      return Optional.empty();
    }
    if (session != null) {
      session.setAttribute(CHOICE, new Choice(email, language.orElse(null)));
    }
    return language;
  }
}
