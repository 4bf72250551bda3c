package com.pullsafe.settings;

import com.pullsafe.platform.Bundle;
import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.NumberBounds;
import com.pullsafe.programming.ProgressionCap;
import java.math.BigDecimal;

/** Checks a settings change field by field; plain Java. */
public final class SettingsValidator {

  public static final BigDecimal PLATE_INCREMENT_MIN_KG = new BigDecimal("0.25");
  public static final BigDecimal PLATE_INCREMENT_MAX_KG = new BigDecimal("25");
  public static final int WALKING_TARGET_MAX = 1440;
  private static final int MAX_CHARS = NumberBounds.MAX_CHARS;

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.settings.SettingsMessages", SettingsValidator.class);

  private SettingsValidator() {}

  public static void validate(SettingsView change) {
    BigDecimal cap = change.progressionCapPercent();
    BigDecimal plate = change.plateIncrementKg();
    Integer walking = change.walkingTargetMinutes();
    FieldChecks checks = new FieldChecks();
    if (NumberBounds.hasFewDigits(cap)) {
      checks
          .check(
              ProgressionCap.isValidTenantCap(cap),
              "progressionCapPercent",
              TEXTS.text(
                  "progressionCapPercent.range",
                  ProgressionCap.MIN_PERCENT,
                  ProgressionCap.MAX_PERCENT))
          .check(
              cap == null || NumberBounds.hasAtMostDecimals(cap, 2),
              "progressionCapPercent",
              TEXTS.text("decimals", 2));
    } else {
      checks.check(false, "progressionCapPercent", TEXTS.text("number.tooLong", MAX_CHARS));
    }
    if (NumberBounds.hasFewDigits(plate)) {
      checks
          .check(
              plate != null
                  && plate.compareTo(PLATE_INCREMENT_MIN_KG) >= 0
                  && plate.compareTo(PLATE_INCREMENT_MAX_KG) <= 0,
              "plateIncrementKg",
              TEXTS.text("plateIncrementKg.range", PLATE_INCREMENT_MIN_KG, PLATE_INCREMENT_MAX_KG))
          .check(
              plate == null || NumberBounds.hasAtMostDecimals(plate, 2),
              "plateIncrementKg",
              TEXTS.text("decimals", 2));
    } else {
      checks.check(false, "plateIncrementKg", TEXTS.text("number.tooLong", MAX_CHARS));
    }
    checks
        .check(
            walking != null && walking >= 0 && walking <= WALKING_TARGET_MAX,
            "walkingTargetMinutes",
            TEXTS.text("walkingTargetMinutes.range", 0, WALKING_TARGET_MAX))
        .orThrow();
  }
}
