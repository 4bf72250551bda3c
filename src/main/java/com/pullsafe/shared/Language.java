package com.pullsafe.shared;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The languages the portal speaks and the one the work on this thread speaks: a page request the
 * viewer's, an API request the one its {@code Accept-Language} asks for, a mail its recipient's.
 * English when nobody chose: background work and every API client that does not ask.
 */
public final class Language {

  /** Every supported language, English (the fallback of every text) first. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

  private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

  private Language() {}

  /** The language of the work on this thread. */
  public static Locale current() {
    Locale chosen = CURRENT.get();
    return chosen == null ? Locale.ENGLISH : chosen;
  }

  /** Does {@code work} in {@code language}, then returns to the language before. */
  public static <T> T during(Locale language, Supplier<T> work) {
    try (Scope ignored = use(language)) {
      return work.get();
    }
  }

  /**
   * Speaks {@code language} on this thread until the scope is closed, then the language before:
   * {@code try (Language.Scope s = Language.use(locale)) {...}}.
   */
  public static Scope use(Locale language) {
    Locale before = CURRENT.get();
    CURRENT.set(language);
    return () -> {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    };
  }

  /** The time a language is spoken on a thread; closing it never fails. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** The supported language of a tag such as "de" or "de-AT", if it is one. */
  public static Optional<Locale> of(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /** The first supported language of a browser's list, most wanted first; else English. */
  public static Locale firstSupported(Enumeration<Locale> wanted) {
    for (Locale locale : Collections.list(wanted)) {
      Optional<Locale> supported = of(locale.toLanguageTag());
      if (supported.isPresent()) {
        return supported.get();
      }
    }
    return Locale.ENGLISH;
  }

  /** Is {@code language} English, the language every stored text has? */
  public static boolean isEnglish(Locale language) {
    return Locale.ENGLISH.getLanguage().equals(language.getLanguage());
  }
}
