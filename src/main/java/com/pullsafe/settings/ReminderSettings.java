package com.pullsafe.settings;

import com.pullsafe.shared.Between;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * When a tenant's athletes without a report for the week are reminded: on {@code day} at {@code
 * hour}:00 in the tenant's {@code timeZone} (an IANA id such as Europe/Berlin), unless reminders
 * are off. The tenant's time zone also decides which ISO week is "this week" for it.
 */
public record ReminderSettings(
    @NotNull(message = "{pullsafe.reminders.enabled}") Boolean enabled,
    @NotNull(message = "{pullsafe.reminders.day}")
        @Pattern(regexp = DAYS, message = "{pullsafe.reminders.day}")
        String day,
    @Between(min = "0", max = "23", required = true, message = "{pullsafe.reminders.hour}")
        Integer hour,
    @NotNull(message = "{pullsafe.reminders.timeZone}")
        @TimeZoneId(message = "{pullsafe.reminders.timeZone}")
        String timeZone) {

  public static final int TIME_ZONE_MAX = 64;
  public static final String DEFAULT_TIME_ZONE = "UTC";
  static final String DAYS = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";

  public static ReminderSettings defaults() {
    return new ReminderSettings(true, DayOfWeek.SUNDAY.name(), 18, DEFAULT_TIME_ZONE);
  }

  /** The day as a value; only for settings that passed validation. */
  public DayOfWeek dayOfWeek() {
    return DayOfWeek.valueOf(day);
  }

  /** The time zone as a value; only for settings that passed validation. */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
