package com.pullsafe.programming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each catalog entry comes with its own dose, in the unit that suits it. */
class DoseTest {

  @Test
  void walkingIsPrescribedInMinutesNotAsSetsOfReps() {
    assertEquals(new Dose(1, 30, Dose.Unit.MINUTES), Alternative.WALKING.dose());
  }

  @ParameterizedTest
  @EnumSource(names = {"PLANK", "FARMER_CARRY", "FRONT_CARRY"})
  void holdsAndCarriesArePrescribedInSeconds(Alternative alternative) {
    assertEquals(Dose.Unit.SECONDS, alternative.dose().unit());
  }

  @ParameterizedTest
  @EnumSource(
      names = {"BLOCK_PULL", "RACK_PULL", "ROMANIAN_DEADLIFT", "HIP_THRUST", "PALLOF_PRESS"},
      mode = EnumSource.Mode.INCLUDE)
  void liftsArePrescribedAsSetsOfReps(Alternative alternative) {
    assertEquals(Dose.Unit.REPS, alternative.dose().unit());
  }

  @Test
  void heavyAlternativesStartWithFewerRepsThanDrills() {
    assertEquals(new Dose(5, 3, Dose.Unit.REPS), Alternative.BLOCK_PULL.dose());
    assertEquals(new Dose(3, 12, Dose.Unit.REPS), Alternative.GLUTE_BRIDGE.dose());
  }

  @ParameterizedTest
  @EnumSource(Alternative.class)
  void everyDefaultDoseIsOneACoachMayAssign(Alternative alternative) {
    Dose dose = alternative.dose();
    assertTrue(dose.sets() >= 1 && dose.sets() <= 20, dose.toString());
    assertTrue(dose.amount() >= 1 && dose.amount() <= dose.unit().max(), dose.toString());
  }
}
