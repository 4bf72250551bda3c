package com.pullsafe.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.settings.ReminderSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderTimeTest {

  private static Optional<IsoWeek> due(ReminderSettings settings, String instant) {
    return new ReminderTime(settings).dueWeek(Instant.parse(instant));
  }

  @Test
  void beforeTheChosenHourNothingIsDue() {
    ReminderSettings sunday18Utc = ReminderSettings.defaults();

    assertEquals(Optional.empty(), due(sunday18Utc, "2026-11-29T17:59:59Z"));
  }

  @Test
  void fromTheChosenHourToTheEndOfTheWeekTheWeekIsDue() {
    ReminderSettings sunday18Utc = ReminderSettings.defaults();

    assertEquals(Optional.of(IsoWeek.parse("2026-W48")), due(sunday18Utc, "2026-11-29T18:00:00Z"));
    assertEquals(Optional.of(IsoWeek.parse("2026-W48")), due(sunday18Utc, "2026-11-29T23:59:59Z"));
  }

  @Test
  void aNewWeekStartsWithNothingDueUntilItsOwnReminderMoment() {
    ReminderSettings sunday18Utc = ReminderSettings.defaults();

    assertEquals(Optional.empty(), due(sunday18Utc, "2026-11-30T00:00:00Z"));
  }

  @Test
  void theHourIsTheTenantsLocalHour() {
    ReminderSettings monday9Berlin = new ReminderSettings(true, "MONDAY", 9, "Europe/Berlin");

    // 09:00 in Berlin is 08:00 UTC in winter.
    assertEquals(Optional.empty(), due(monday9Berlin, "2026-11-30T07:59:00Z"));
    assertEquals(
        Optional.of(IsoWeek.parse("2026-W49")), due(monday9Berlin, "2026-11-30T08:00:00Z"));
  }

  @Test
  void theWeekIsTheTenantsWeek() {
    ReminderSettings sunday20Auckland =
        new ReminderSettings(true, "SUNDAY", 20, "Pacific/Auckland");

    // Sunday 2026-11-29 08:00 UTC is already Sunday 21:00 in Auckland (UTC+13 in summer).
    assertEquals(
        Optional.of(IsoWeek.parse("2026-W48")), due(sunday20Auckland, "2026-11-29T08:00:00Z"));
    // Sunday 12:00 UTC is Monday 01:00 in Auckland: a new week whose reminder is not due yet.
    assertEquals(Optional.empty(), due(sunday20Auckland, "2026-11-29T12:00:00Z"));
  }

  @Test
  void remindersSwitchedOffAreNeverDue() {
    ReminderSettings off = new ReminderSettings(false, "MONDAY", 0, "UTC");

    assertEquals(Optional.empty(), due(off, "2026-12-06T23:00:00Z"));
  }

  @Test
  void anHourSkippedByDaylightSavingTimeFallsDueAtTheFollowingHour() {
    ReminderSettings sunday2Berlin = new ReminderSettings(true, "SUNDAY", 2, "Europe/Berlin");

    // 2026-03-29: clocks in Berlin jump from 02:00 to 03:00 (01:00 UTC).
    assertEquals(
        Instant.parse("2026-03-29T01:00:00Z"),
        new ReminderTime(sunday2Berlin).moment(IsoWeek.parse("2026-W13")));
  }

  @Test
  void theCurrentWeekIsReadInTheGivenZone() {
    Instant sundayLateUtc = Instant.parse("2026-11-29T23:30:00Z");

    assertEquals(
        IsoWeek.parse("2026-W48"), ReminderTime.currentWeek(sundayLateUtc, ZoneId.of("UTC")));
    assertEquals(
        IsoWeek.parse("2026-W49"),
        ReminderTime.currentWeek(sundayLateUtc, ZoneId.of("Europe/Berlin")));
  }
}
