package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AmendmentWindowTest {

  private static AmendmentWindow at(String instant) {
    return AmendmentWindow.at(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @Test
  void midweekTheCurrentAndThePreviousWeekMayBeAmended() {
    AmendmentWindow window = at("2026-11-25T12:00:00Z"); // Wednesday of 2026-W48

    assertTrue(window.includes(IsoWeek.parse("2026-W48")));
    assertTrue(window.includes(IsoWeek.parse("2026-W47")));
    assertFalse(window.includes(IsoWeek.parse("2026-W46")));
    assertFalse(window.includes(IsoWeek.parse("2026-W49")));
  }

  @Test
  void theWindowRunsAcrossTheNewYear() {
    AmendmentWindow window = at("2027-01-06T12:00:00Z"); // Wednesday of 2027-W01

    assertTrue(window.includes(IsoWeek.parse("2027-W01")));
    assertTrue(window.includes(IsoWeek.parse("2026-W53")));
    assertFalse(window.includes(IsoWeek.parse("2026-W52")));
  }

  @Test
  void onSundayEveningInUtcTheNextWeekHasBegunSomewhere() {
    AmendmentWindow window = at("2026-11-29T20:00:00Z"); // Monday morning in Kiribati (UTC+14)

    assertTrue(window.includes(IsoWeek.parse("2026-W49")));
    assertTrue(window.includes(IsoWeek.parse("2026-W48")));
    assertTrue(window.includes(IsoWeek.parse("2026-W47")));
    assertFalse(window.includes(IsoWeek.parse("2026-W46")));
  }

  @Test
  void earlyOnMondayInUtcTheWeekBeforeLastIsStillLastWeekBehindUtc() {
    AmendmentWindow justAfter = at("2026-11-30T11:59:00Z"); // Sunday 23:59 at UTC-12
    AmendmentWindow later = at("2026-11-30T12:00:00Z"); // Monday 00:00 at UTC-12

    assertTrue(justAfter.includes(IsoWeek.parse("2026-W47")));
    assertFalse(later.includes(IsoWeek.parse("2026-W47")));
    assertTrue(later.includes(IsoWeek.parse("2026-W48")));
  }
}
