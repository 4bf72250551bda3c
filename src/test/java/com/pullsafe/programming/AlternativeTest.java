package com.pullsafe.programming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlternativeTest {

  @Test
  void theCatalogHasExactlyTheCodesOfTheApi() {
    List<String> api =
        List.of(
            "BLOCK_PULL",
            "RACK_PULL",
            "FARMER_CARRY",
            "FRONT_CARRY",
            "ROMANIAN_DEADLIFT",
            "BACK_EXTENSION",
            "TEMPO_PULL",
            "BANDED_DEADLIFT",
            "WALL_BUTT_TAP",
            "GLUTE_BRIDGE",
            "SINGLE_LEG_GLUTE_BRIDGE",
            "HIP_THRUST",
            "PLANK",
            "PALLOF_PRESS",
            "AB_ROLLOUT",
            "WALKING");

    assertEquals(api, Arrays.stream(Alternative.values()).map(Alternative::name).toList());
  }

  @ParameterizedTest
  @EnumSource(Alternative.class)
  void everyEntryHasANameAndAtLeastOnePurpose(Alternative alternative) {
    assertFalse(alternative.displayName().isBlank());
    assertFalse(alternative.purposes().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(names = {"PLANK", "PALLOF_PRESS", "AB_ROLLOUT", "FARMER_CARRY", "FRONT_CARRY"})
  void bracingWorkIsTaggedBracing(Alternative alternative) {
    assertTrue(alternative.servesPurpose(Purpose.BRACING));
  }

  @ParameterizedTest
  @EnumSource(names = {"GLUTE_BRIDGE", "SINGLE_LEG_GLUTE_BRIDGE", "HIP_THRUST"})
  void gluteWorkIsTaggedGlutes(Alternative alternative) {
    assertTrue(alternative.servesPurpose(Purpose.GLUTES));
  }

  @ParameterizedTest
  @EnumSource(names = {"BANDED_DEADLIFT", "WALL_BUTT_TAP"})
  void setupDrillsAreDrillsTaggedSetup(Alternative alternative) {
    assertTrue(alternative.drill());
    assertTrue(alternative.servesPurpose(Purpose.SETUP));
  }

  @Test
  void pullVariationsAreAlternativesNotDrills() {
    assertEquals(Alternative.Kind.ALTERNATIVE, Alternative.BLOCK_PULL.kind());
    assertFalse(Alternative.TEMPO_PULL.drill());
  }

  @Test
  void walkingIsConditioning() {
    assertEquals(Alternative.Kind.CONDITIONING, Alternative.WALKING.kind());
    assertTrue(Alternative.WALKING.servesPurpose(Purpose.CONDITIONING));
  }

  @Test
  void purposesCannotBeChanged() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> Alternative.PLANK.purposes().add(Purpose.GLUTES));
  }
}
