package com.pullsafe.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelTest {

  @Test
  void levelsAreOrderedFromGreenToUrgent() {
    assertEquals(
        List.of(Level.GREEN, Level.AMBER, Level.RED, Level.URGENT), List.of(Level.values()));
  }

  @Test
  void aLevelIsAtLeastItselfAndEveryLowerLevel() {
    assertTrue(Level.RED.isAtLeast(Level.RED));
    assertTrue(Level.RED.isAtLeast(Level.AMBER));
    assertFalse(Level.RED.isAtLeast(Level.URGENT));
  }

  @ParameterizedTest(name = "{0}: flagged={1}, notifiesCoach={2}")
  @CsvSource({"GREEN, false, false", "AMBER, true, false", "RED, true, true", "URGENT, true, true"})
  void amberAndAboveAreFlaggedAndRedAndAboveNotifyTheCoach(
      Level level, boolean flagged, boolean notifiesCoach) {
    assertEquals(flagged, level.flagged());
    assertEquals(notifiesCoach, level.notifiesCoach());
    assertEquals(notifiesCoach, level.stopsHeavyPulling());
  }

  @Test
  void highestPicksTheMoreSevereLevel() {
    assertEquals(Level.RED, Level.highest(Level.AMBER, Level.RED));
    assertEquals(Level.RED, Level.highest(Level.RED, Level.GREEN));
  }
}
