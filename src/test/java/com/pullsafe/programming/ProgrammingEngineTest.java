package com.pullsafe.programming;

import static com.pullsafe.programming.Kg.assertKg;
import static com.pullsafe.programming.Kg.kg;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgrammingEngineTest {

  private final ProgrammingEngine engine = new ProgrammingEngine();

  private static ProgramInputs.Builder pulled(String kg, int reps) {
    return ProgramInputs.builder().lastTopSet(kg, reps);
  }

  @Test
  void aClearedUnflaggedAthleteProgressesByTheTenantCap() {
    Prescription p = engine.program(pulled("140", 1).build());

    assertTrue(p.clearedForHeavyPulling());
    assertKg("5", p.progressionCapPercent());
    assertKg("145", p.nextTopSetMaxKg());
    assertKg("140", p.estimatedOneRepMaxKg());
    assertNull(p.relearningBlock());
    assertTrue(p.walkingAllowed());
  }

  @Test
  void afterAnAmberWeekTheCapDropsToTwoAndAHalf() {
    Prescription p = engine.program(pulled("140", 1).amberOrWorseInLast4Weeks(true).build());

    assertKg("2.5", p.progressionCapPercent());
    assertKg("142.5", p.nextTopSetMaxKg());
  }

  @Test
  void aLowerTenantCapApplies() {
    Prescription p = engine.program(pulled("200", 3).tenantCapPercent(kg("3.5")).build());

    assertKg("3.5", p.progressionCapPercent());
    assertKg("205", p.nextTopSetMaxKg());
  }

  @Test
  void smallerPlatesGiveAFinerNextTopSet() {
    Prescription p = engine.program(pulled("140", 2).plateIncrementKg(kg("1.25")).build());

    assertKg("146.25", p.nextTopSetMaxKg());
  }

  @Test
  void theOneRepMaxIsEstimatedWithEpley() {
    assertKg("116.7", engine.program(pulled("100", 5).build()).estimatedOneRepMaxKg());
  }

  @Test
  void aRequiredRelearningBlockIsBuiltFromTheEstimatedOneRepMax() {
    Prescription p = engine.program(pulled("100", 5).relearningRequired(true).build());

    assertNotNull(p.relearningBlock());
    assertKg("90", p.relearningBlock().loadMinKg());
    assertKg("92.5", p.relearningBlock().loadMaxKg());
  }

  @Test
  void aLiftTooLightToLoadInPlateStepsGetsNoRelearningBlock() {
    Prescription p = engine.program(pulled("3", 1).relearningRequired(true).build());

    assertNull(p.relearningBlock());
  }

  @Test
  void nothingHeavyIsPrescribedBeforeClearance() {
    Prescription p =
        engine.program(
            pulled("180", 3)
                .amberOrWorseInLast4Weeks(true)
                .relearningRequired(true)
                .awaitingClearance(true)
                .build());

    assertFalse(p.clearedForHeavyPulling());
    assertNull(p.nextTopSetMaxKg());
    assertNull(p.relearningBlock());
    assertTrue(p.walkingAllowed());
  }

  @Test
  void withoutATopSetThereIsNoLoadToProgressFrom() {
    Prescription p = engine.program(ProgramInputs.builder().relearningRequired(true).build());

    assertTrue(p.clearedForHeavyPulling());
    assertKg("5", p.progressionCapPercent());
    assertNull(p.nextTopSetMaxKg());
    assertNull(p.estimatedOneRepMaxKg());
    assertNull(p.relearningBlock());
  }

  @Test
  void missingTenantSettingsFallBackToTheDefaults() {
    ProgramInputs in = new ProgramInputs(kg("140"), 1, null, null, false, false, false);

    Prescription p = engine.program(in);

    assertKg("5", p.progressionCapPercent());
    assertKg("145", p.nextTopSetMaxKg());
  }
}
