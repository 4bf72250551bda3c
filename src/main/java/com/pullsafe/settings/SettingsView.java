package com.pullsafe.settings;

import com.pullsafe.programming.Loads;
import com.pullsafe.programming.ProgressionCap;
import com.pullsafe.programming.Walking;
import com.pullsafe.triage.TriageSettings;
import java.math.BigDecimal;

/** A tenant's settings, or a change to them. */
public record SettingsView(
    BigDecimal progressionCapPercent, BigDecimal plateIncrementKg, Integer walkingTargetMinutes) {

  public static SettingsView defaults() {
    return new SettingsView(
        ProgressionCap.DEFAULT_PERCENT,
        Loads.DEFAULT_PLATE_INCREMENT_KG,
        Walking.DEFAULT_TARGET_MINUTES_PER_DAY);
  }

  /** What the triage rules read of them. */
  public TriageSettings triageSettings() {
    return new TriageSettings(progressionCapPercent, walkingTargetMinutes);
  }
}
