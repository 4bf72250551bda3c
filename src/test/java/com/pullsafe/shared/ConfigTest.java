package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigTest {

  private static final String SETTING = "PULLSAFE_CONFIG_TEST_SECONDS";

  @AfterEach
  void clear() {
    System.clearProperty(SETTING);
  }

  @Test
  void aPositiveWholeNumberIsRead() {
    System.setProperty(SETTING, " 42 ");
    assertEquals(Optional.of(42L), Config.positiveNumber(SETTING));
  }

  @Test
  void zeroNegativeTextAndUnsetAreEmpty() {
    assertEquals(Optional.empty(), Config.positiveNumber(SETTING), "unset");
    for (String refused : new String[] {"0", "-5", "ten", "1.5"}) {
      System.setProperty(SETTING, refused);
      assertEquals(Optional.empty(), Config.positiveNumber(SETTING), refused);
    }
  }
}
