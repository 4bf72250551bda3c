package com.pullsafe.settings;

import com.pullsafe.programming.Loads;
import com.pullsafe.programming.ProgressionCap;
import com.pullsafe.programming.Walking;
import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A tenant's settings (domain brief, "Weekly progression cap"): the weekly progression cap (2.5 to
 * 5 %), the plate increment loads are rounded to, and the daily walking target. A tenant without a
 * row has the defaults: 5 %, 2.5 kg, 100 min, and reminders on Sundays at 18:00 UTC.
 */
@Entity
@Table(name = "tenant_settings")
@NamedQuery(name = "TenantSettings.find", query = "select s from TenantSettings s")
public class TenantSettings extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "progression_cap_percent", nullable = false, precision = 4, scale = 2)
  private BigDecimal progressionCapPercent = ProgressionCap.DEFAULT_PERCENT;

  @Column(name = "plate_increment_kg", nullable = false, precision = 5, scale = 2)
  private BigDecimal plateIncrementKg = Loads.DEFAULT_PLATE_INCREMENT_KG;

  @Column(name = "walking_target_minutes", nullable = false)
  private int walkingTargetMinutes = Walking.DEFAULT_TARGET_MINUTES_PER_DAY;

  /** Whether the tenant's coaches and admins must sign in with a second factor. */
  @Column(name = "require_two_factor", nullable = false)
  private boolean requireTwoFactor;

  @Column(name = "reminders_enabled", nullable = false)
  private boolean remindersEnabled = true;

  @Column(name = "reminder_day", nullable = false, length = 9)
  private String reminderDay = ReminderSettings.defaults().day();

  @Column(name = "reminder_hour", nullable = false)
  private int reminderHour = ReminderSettings.defaults().hour();

  @Column(name = "time_zone", nullable = false, length = ReminderSettings.TIME_ZONE_MAX)
  private String timeZone = ReminderSettings.DEFAULT_TIME_ZONE;

  @Version private long version;

  public TenantSettings() {}

  /** Applies a validated change. */
  void change(SettingsView values) {
    this.progressionCapPercent = values.progressionCapPercent();
    this.plateIncrementKg = values.plateIncrementKg();
    this.walkingTargetMinutes = values.walkingTargetMinutes();
  }

  /** Applies a validated change of when athletes are reminded. */
  void changeReminders(ReminderSettings values) {
    this.remindersEnabled = values.enabled();
    this.reminderDay = values.day();
    this.reminderHour = values.hour();
    this.timeZone = values.timeZone();
  }

  public ReminderSettings reminders() {
    return new ReminderSettings(remindersEnabled, reminderDay, reminderHour, timeZone);
  }

  void requireTwoFactor(boolean required) {
    this.requireTwoFactor = required;
  }

  public boolean requiresTwoFactor() {
    return requireTwoFactor;
  }

  public Long getId() {
    return id;
  }

  public SettingsView view() {
    return new SettingsView(progressionCapPercent, plateIncrementKg, walkingTargetMinutes);
  }
}
