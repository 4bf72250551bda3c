package com.pullsafe.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.Violations;
import com.pullsafe.testing.TestValidator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A settings change as its constraints check it. */
class SettingsViewTest {

  private static void validate(SettingsView change) {
    Violations.requireValid(TestValidator.get(), change);
  }

  private static SettingsView settings(String cap, String plate, Integer walking) {
    return new SettingsView(
        cap == null ? null : new BigDecimal(cap),
        plate == null ? null : new BigDecimal(plate),
        walking);
  }

  private static List<String> refused(SettingsView change) {
    return assertThrows(InvalidInput.class, () -> validate(change)).errors().stream()
        .map(InvalidInput.FieldError::field)
        .toList();
  }

  @Test
  void theDefaultsAreValid() {
    validate(SettingsView.defaults());

    assertEquals(new BigDecimal("5"), SettingsView.defaults().progressionCapPercent());
    assertEquals(new BigDecimal("2.5"), SettingsView.defaults().plateIncrementKg());
    assertEquals(100, SettingsView.defaults().walkingTargetMinutes());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "3", "4.75", "5", "5.00"})
  void capsFrom2Point5To5AreAllowed(String cap) {
    validate(settings(cap, "2.5", 100));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.49", "5.01", "0", "10"})
  void capsOutsideTheRangeAreRefusedNamingTheField(String cap) {
    assertEquals(List.of("progressionCapPercent"), refused(settings(cap, "2.5", 100)));
  }

  @Test
  void plateIncrementAndWalkingTargetAreChecked() {
    validate(settings("5", "1.25", 0));

    assertEquals(List.of("plateIncrementKg"), refused(settings("5", "0", 100)));
    assertEquals(List.of("plateIncrementKg"), refused(settings("5", "1.125", 100)));
    assertEquals(List.of("walkingTargetMinutes"), refused(settings("5", "2.5", 1441)));
    assertEquals(
        List.of("progressionCapPercent", "plateIncrementKg", "walkingTargetMinutes"),
        refused(settings(null, null, null)));
  }

  @Test
  void theTriageReadsTheCap() {
    assertEquals(
        new BigDecimal("3"), settings("3", "2.5", 100).triageSettings().progressionCapPercent());
  }

  /** Comparing or stripping the zeros of such a number once cost seconds of CPU. */
  @Test
  void numbersWithMoreDigitsThanAnySettingHasAreRefusedBeforeAnyArithmetic() {
    String huge = "2." + "0".repeat(200_000) + "1";

    InvalidInput refused =
        assertThrows(InvalidInput.class, () -> validate(settings(huge, huge, 100)));

    assertEquals(
        List.of(
            "progressionCapPercent: must be a number of at most 20 digits",
            "plateIncrementKg: must be a number of at most 20 digits"),
        refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
  }
}
