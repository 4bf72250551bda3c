package com.pullsafe.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The audit trail says in words what a settings change changed. */
class SettingsAuditTextTest {

  private static SettingsView settings(String cap, String plate, int walking) {
    return new SettingsView(new BigDecimal(cap), new BigDecimal(plate), walking);
  }

  @Test
  void onlyTheChangedSettingsAreNamedWithTheirOldAndNewValues() {
    assertEquals(
        "Weekly progression cap 5 % → 4 %; Walking target 100 → 90 minutes a day.",
        TenantSettingsService.changes(settings("5.00", "2.50", 100), settings("4", "2.5", 90)));
  }

  @Test
  void savingTheSameValuesSaysSo() {
    assertEquals(
        "Saved without changes.",
        TenantSettingsService.changes(settings("5", "2.5", 100), settings("5.00", "2.50", 100)));
  }
}
