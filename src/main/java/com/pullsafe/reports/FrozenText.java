package com.pullsafe.reports;

import com.pullsafe.shared.Language;
import java.util.Locale;

/**
 * Picks a frozen triage text in the reader's language. Every stored result has its texts in
 * English; results stored since German arrived have them in German too, older ones fall back to
 * English (their German was never shown, so it is not made up afterwards).
 */
final class FrozenText {

  private FrozenText() {}

  static String in(Locale language, String english, String german) {
    return Locale.GERMAN.getLanguage().equals(language.getLanguage()) && german != null
        ? german
        : english;
  }

  static String current(String english, String german) {
    return in(Language.current(), english, german);
  }
}
