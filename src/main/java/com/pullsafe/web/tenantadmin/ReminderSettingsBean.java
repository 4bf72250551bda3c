package com.pullsafe.web.tenantadmin;

import com.pullsafe.settings.ReminderSettings;
import com.pullsafe.settings.TenantSettingsService;
import com.pullsafe.shared.Violations;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.FormNumbers;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Backs the reminders part of {@code /admin/settings.xhtml}: whether athletes without a report are
 * reminded, on which day and hour, and the tenant's time zone. The time zone is kept as typed, so a
 * refused one stays in its field.
 */
@Named
@RequestScoped
public class ReminderSettingsBean {

  private static final Form FORM =
      Form.of("reminders")
          .input("enabled", "enabled")
          .input("day", "day")
          .input("hour", "hour")
          .input("timeZone", "timeZone");

  @Inject private TenantSettingsService settings;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private Validator validator;

  private boolean enabled;
  private String day;
  private String hour;
  private String timeZone;

  public void load() {
    ReminderSettings current = settings.reminders();
    enabled = current.enabled();
    day = current.day();
    hour = FormNumbers.shown(current.hour());
    timeZone = current.timeZone();
  }

  public void save() {
    feedback.submit(
        FORM,
        () -> {
          FormNumbers numbers = new FormNumbers(texts);
          Integer wholeHour = numbers.whole("hour", hour);
          ReminderSettings change =
              new ReminderSettings(
                  enabled, day, wholeHour, timeZone == null ? null : timeZone.strip());
          numbers.orThrow(() -> Violations.requireValid(validator, change));
          settings.changeReminders(change);
          feedback.info(texts.get("settings.saved"));
        });
  }

  public List<String> getDays() {
    return List.of(DayOfWeek.values()).stream().map(DayOfWeek::name).toList();
  }

  public List<String> getHours() {
    return IntStream.range(0, 24).mapToObj(Integer::toString).toList();
  }

  /** An hour as the list shows it: 18 as 18:00. */
  public String hourLabel(String value) {
    return String.format("%02d:00", Integer.parseInt(value));
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getHour() {
    return hour;
  }

  public void setHour(String hour) {
    this.hour = hour;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
