package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

  @Test
  void parsesAndPrintsTheIsoForm() {
    IsoWeek week = IsoWeek.parse("2026-W47");

    assertEquals(2026, week.year());
    assertEquals(47, week.week());
    assertEquals("2026-W47", week.toString());
  }

  @Test
  void singleDigitWeeksArePrintedWithALeadingZero() {
    assertEquals("2026-W05", IsoWeek.of(2026, 5).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-47",
        "2026W47",
        "2026-W7",
        "26-W47",
        "2026-w47",
        "2026-W00",
        "2026-W54",
        "x"
      })
  void refusesTextThatIsNotAnIsoWeek(String text) {
    assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse(text));
    assertTrue(IsoWeek.tryParse(text).isEmpty());
  }

  @Test
  void week53ExistsOnlyInLongYears() {
    assertEquals(53, IsoWeek.weeksIn(2026));
    assertEquals(52, IsoWeek.weeksIn(2025));
    assertEquals("2026-W53", IsoWeek.parse("2026-W53").toString());
    assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2025-W53"));
  }

  @Test
  void theFirstDaysOfJanuaryCanBelongToThePreviousYearsLastWeek() {
    assertEquals(IsoWeek.of(2026, 53), IsoWeek.containing(LocalDate.of(2027, 1, 3)));
    assertEquals(IsoWeek.of(2027, 1), IsoWeek.containing(LocalDate.of(2027, 1, 4)));
    assertEquals(IsoWeek.of(2026, 1), IsoWeek.containing(LocalDate.of(2025, 12, 29)));
  }

  @Test
  void mondayIsTheFirstDayOfTheWeek() {
    assertEquals(LocalDate.of(2026, 11, 16), IsoWeek.parse("2026-W47").monday());
    assertEquals(LocalDate.of(2025, 12, 29), IsoWeek.parse("2026-W01").monday());
  }

  @Test
  void weekArithmeticCrossesYearBoundaries() {
    assertEquals(IsoWeek.of(2027, 1), IsoWeek.of(2026, 53).plusWeeks(1));
    assertEquals(IsoWeek.of(2025, 52), IsoWeek.of(2026, 1).minusWeeks(1));
    assertEquals(IsoWeek.of(2026, 47), IsoWeek.of(2026, 51).minusWeeks(4));
  }

  @Test
  void comparesInTimeOrderLikeItsText() {
    IsoWeek a = IsoWeek.parse("2025-W52");
    IsoWeek b = IsoWeek.parse("2026-W01");

    assertTrue(b.isAfter(a));
    assertTrue(a.compareTo(b) < 0);
    assertTrue(a.toString().compareTo(b.toString()) < 0);
    assertEquals(IsoWeek.parse("2026-W01"), b);
    assertEquals(IsoWeek.parse("2026-W01").hashCode(), b.hashCode());
  }

  @Test
  void theLatestStartedWeekIsAheadOfUtcWhereMondayHasBegunSomewhere() {
    // Sunday 2026-11-22 11:00 UTC is already Monday 01:00 in UTC+14.
    Clock sundayMorningUtc = Clock.fixed(Instant.parse("2026-11-22T11:00:00Z"), ZoneOffset.UTC);
    Clock sundayEarlyUtc = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    assertEquals(IsoWeek.parse("2026-W48"), IsoWeek.latestStarted(sundayMorningUtc));
    assertEquals(IsoWeek.parse("2026-W47"), IsoWeek.latestStarted(sundayEarlyUtc));
  }

  @Test
  void theConverterStoresTheText() {
    IsoWeekConverter converter = new IsoWeekConverter();

    assertEquals("2026-W47", converter.convertToDatabaseColumn(IsoWeek.of(2026, 47)));
    assertEquals(IsoWeek.of(2026, 47), converter.convertToEntityAttribute("2026-W47"));
    assertEquals(null, converter.convertToDatabaseColumn(null));
  }

  @ParameterizedTest(name = "{0} is {2} weeks before {1}")
  @CsvSource({
    "2026-W47, 2026-W48, 1",
    "2026-W44, 2026-W48, 4",
    "2026-W48, 2026-W48, 0",
    "2026-W49, 2026-W48, -1",
    "2026-W53, 2027-W01, 1",
    "2025-W52, 2026-W02, 2",
    "2020-W53, 2021-W03, 3"
  })
  void countsTheWeeksBeforeALaterWeekAcrossYears(String earlier, String later, int weeks) {
    assertEquals(weeks, IsoWeek.parse(earlier).weeksBefore(IsoWeek.parse(later)));
  }
}
