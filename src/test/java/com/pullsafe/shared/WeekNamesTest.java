package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WeekNamesTest {

  @Test
  void anEnglishReaderKeepsIso8601() {
    assertEquals(
        "2026-W07", Language.during(Locale.ENGLISH, () -> WeekNames.inCurrentLanguage("2026-W07")));
  }

  @Test
  void aGermanReaderGetsTheCalendarWeekFirst() {
    assertEquals(
        "KW 07/2026",
        Language.during(Locale.GERMAN, () -> WeekNames.inCurrentLanguage("2026-W07")));
  }

  @Test
  void anythingButAnIsoWeekStaysAsItIs() {
    Language.during(
        Locale.GERMAN,
        () -> {
          assertEquals("next week", WeekNames.inCurrentLanguage("next week"));
          assertEquals("", WeekNames.inCurrentLanguage(null));
          return null;
        });
  }
}
