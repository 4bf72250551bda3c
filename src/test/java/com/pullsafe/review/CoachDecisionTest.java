package com.pullsafe.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.review.CoachDecision.NextStep;
import com.pullsafe.triage.Level;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the athlete is told after their coach's review. */
class CoachDecisionTest {

  private static CoachDecision decision(Level triage, Level standing, boolean clearedSince) {
    return new CoachDecision(
        1,
        "2026-W10",
        triage == standing ? Decision.CONFIRM : Decision.OVERRIDE,
        triage,
        standing,
        "note",
        "Ana Costa",
        Instant.EPOCH,
        clearedSince);
  }

  @Test
  void aRedLoweredByTheCoachStillWaitsForAClearance() {
    CoachDecision lowered = decision(Level.RED, Level.AMBER, false);

    assertTrue(lowered.changedLevel());
    assertEquals(NextStep.AWAITING_CLEARANCE, lowered.nextStep());
  }

  @Test
  void anUrgentLoweredToGreenStillWaitsForAClearance() {
    assertEquals(
        NextStep.AWAITING_CLEARANCE, decision(Level.URGENT, Level.GREEN, false).nextStep());
  }

  @Test
  void aConfirmedUrgentMeansEmergencyCareAndAConfirmedRedNoHeavyPulling() {
    assertEquals(NextStep.EMERGENCY_CARE, decision(Level.URGENT, Level.URGENT, false).nextStep());
    assertEquals(NextStep.NO_HEAVY_PULLING, decision(Level.RED, Level.RED, false).nextStep());
  }

  @Test
  void onlyARecordedClearanceSaysCleared() {
    assertEquals(NextStep.CLEARED, decision(Level.RED, Level.AMBER, true).nextStep());
    assertEquals(NextStep.CLEARED, decision(Level.RED, Level.RED, true).nextStep());
  }

  @Test
  void anAmberRaisedToRedByTheCoachStopsHeavyPulling() {
    assertEquals(NextStep.NO_HEAVY_PULLING, decision(Level.AMBER, Level.RED, false).nextStep());
  }

  @Test
  void anAmberLoweredToGreenMeansTrainAsPlanned() {
    CoachDecision lowered = decision(Level.AMBER, Level.GREEN, false);

    assertTrue(lowered.changedLevel());
    assertEquals(NextStep.TRAIN_AS_PLANNED, lowered.nextStep());
  }

  @Test
  void aConfirmedAmberMeansFollowTheProgram() {
    CoachDecision confirmed = decision(Level.AMBER, Level.AMBER, false);

    assertFalse(confirmed.changedLevel());
    assertEquals(NextStep.FOLLOW_PROGRAM, confirmed.nextStep());
  }
}
