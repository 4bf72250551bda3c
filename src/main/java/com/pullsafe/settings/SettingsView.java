package com.pullsafe.settings;

import com.pullsafe.programming.Loads;
import com.pullsafe.programming.ProgressionCap;
import com.pullsafe.programming.Walking;
import com.pullsafe.shared.Amount;
import com.pullsafe.shared.Between;
import com.pullsafe.triage.TriageSettings;
import java.math.BigDecimal;

/** A tenant's settings, or a change to them; a change must hold all three. */
public record SettingsView(
    @Amount(
            min = ProgressionCap.MIN_PERCENT_TEXT,
            max = ProgressionCap.MAX_PERCENT_TEXT,
            decimals = 2,
            required = true,
            message = "{pullsafe.settings.progressionCapPercent}")
        BigDecimal progressionCapPercent,
    @Amount(
            min = PLATE_INCREMENT_MIN_KG,
            max = PLATE_INCREMENT_MAX_KG,
            decimals = 2,
            required = true,
            message = "{pullsafe.settings.plateIncrementKg}")
        BigDecimal plateIncrementKg,
    @Between(
            min = "0",
            max = "" + WALKING_TARGET_MAX,
            required = true,
            message = "{pullsafe.settings.walkingTargetMinutes}")
        Integer walkingTargetMinutes) {

  public static final String PLATE_INCREMENT_MIN_KG = "0.25";
  public static final String PLATE_INCREMENT_MAX_KG = "25";
  public static final int WALKING_TARGET_MAX = 1440;

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
