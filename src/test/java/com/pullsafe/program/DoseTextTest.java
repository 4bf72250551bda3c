package com.pullsafe.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.programming.Dose;
import org.junit.jupiter.api.Test;

/** An assignment's dose in words, as pages, the API and the audit trail show it. */
class DoseTextTest {

  @Test
  void liftsAreSetsTimesReps() {
    assertEquals("3 × 8", Assignment.doseText(3, 8, Dose.Unit.REPS));
  }

  @Test
  void holdsAreSetsTimesSeconds() {
    assertEquals("3 × 30 s", Assignment.doseText(3, 30, Dose.Unit.SECONDS));
  }

  @Test
  void aSingleWalkIsJustItsMinutes() {
    assertEquals("30 min", Assignment.doseText(1, 30, Dose.Unit.MINUTES));
    assertEquals("2 × 20 min", Assignment.doseText(2, 20, Dose.Unit.MINUTES));
  }
}
