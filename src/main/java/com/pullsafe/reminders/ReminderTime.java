package com.pullsafe.reminders;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.settings.ReminderSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A tenant's reminder moment, read in its own time zone: "this week" is the ISO week of the
 * tenant's local date, and its reminder falls due on the chosen day and hour of that week. A node
 * that was down at that moment still reminds later in the same week, never for a past week.
 */
public record ReminderTime(ReminderSettings settings) {

  /** The tenant's current ISO week at {@code now}. */
  public static IsoWeek currentWeek(Instant now, ZoneId zone) {
    return IsoWeek.containing(LocalDate.ofInstant(now, zone));
  }

  /** The week whose reminders are due at {@code now}; empty before the moment or when off. */
  public Optional<IsoWeek> dueWeek(Instant now) {
    if (!settings.enabled()) {
      return Optional.empty();
    }
    ZoneId zone = settings.zone();
    IsoWeek week = currentWeek(now, zone);
    return now.isBefore(moment(week)) ? Optional.empty() : Optional.of(week);
  }

  /** When the reminders of {@code week} fall due (a local hour skipped by DST moves forward). */
  public Instant moment(IsoWeek week) {
    LocalDate day = week.monday().plusDays(settings.dayOfWeek().getValue() - 1L);
    return ZonedDateTime.of(day.atTime(settings.hour(), 0), settings.zone()).toInstant();
  }
}
