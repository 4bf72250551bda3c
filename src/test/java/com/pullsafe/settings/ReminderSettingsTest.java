package com.pullsafe.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.Violations;
import com.pullsafe.testing.TestValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderSettingsTest {

  private static List<String> refusedFields(ReminderSettings settings) {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class, () -> Violations.requireValid(TestValidator.get(), settings));
    return refused.errors().stream().map(e -> e.field()).toList();
  }

  @Test
  void theDefaultsAreSundayAtSixInTheEveningUtcAndOn() {
    ReminderSettings defaults =
        Violations.requireValid(TestValidator.get(), ReminderSettings.defaults());

    assertEquals(new ReminderSettings(true, "SUNDAY", 18, "UTC"), defaults);
  }

  @Test
  void aTimeZoneOutsideTheIanaDatabaseIsRefusedNamingTheField() {
    assertEquals(
        List.of("timeZone"), refusedFields(new ReminderSettings(true, "SUNDAY", 18, "Mars/Base")));
    assertEquals(
        List.of("timeZone"), refusedFields(new ReminderSettings(true, "SUNDAY", 18, "+02:00")));
    assertEquals(
        List.of("timeZone"),
        refusedFields(new ReminderSettings(true, "SUNDAY", 18, "europe/berlin")));
  }

  @Test
  void anHourOutsideTheDayIsRefusedNamingTheField() {
    assertEquals(List.of("hour"), refusedFields(new ReminderSettings(true, "SUNDAY", 24, "UTC")));
    assertEquals(List.of("hour"), refusedFields(new ReminderSettings(true, "SUNDAY", -1, "UTC")));
  }

  @Test
  void aDayThatIsNotAWeekdayIsRefusedNamingTheField() {
    assertEquals(List.of("day"), refusedFields(new ReminderSettings(true, "FUNDAY", 18, "UTC")));
  }

  @Test
  void everyMissingValueIsNamed() {
    assertEquals(
        List.of("enabled", "day", "hour", "timeZone"),
        refusedFields(new ReminderSettings(null, null, null, null)));
  }

  @Test
  void anIanaZoneIsAccepted() {
    ReminderSettings berlin = new ReminderSettings(false, "MONDAY", 0, "Europe/Berlin");

    assertEquals(berlin, Violations.requireValid(TestValidator.get(), berlin));
  }
}
