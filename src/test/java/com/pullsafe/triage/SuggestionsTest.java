package com.pullsafe.triage;

import static com.pullsafe.programming.Alternative.AB_ROLLOUT;
import static com.pullsafe.programming.Alternative.BACK_EXTENSION;
import static com.pullsafe.programming.Alternative.BANDED_DEADLIFT;
import static com.pullsafe.programming.Alternative.BLOCK_PULL;
import static com.pullsafe.programming.Alternative.FARMER_CARRY;
import static com.pullsafe.programming.Alternative.FRONT_CARRY;
import static com.pullsafe.programming.Alternative.GLUTE_BRIDGE;
import static com.pullsafe.programming.Alternative.HIP_THRUST;
import static com.pullsafe.programming.Alternative.PALLOF_PRESS;
import static com.pullsafe.programming.Alternative.PLANK;
import static com.pullsafe.programming.Alternative.RACK_PULL;
import static com.pullsafe.programming.Alternative.ROMANIAN_DEADLIFT;
import static com.pullsafe.programming.Alternative.SINGLE_LEG_GLUTE_BRIDGE;
import static com.pullsafe.programming.Alternative.TEMPO_PULL;
import static com.pullsafe.programming.Alternative.WALKING;
import static com.pullsafe.programming.Alternative.WALL_BUTT_TAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.programming.Alternative;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SuggestionsTest {

  static Stream<Arguments> suggestionsPerFinding() {
    return Stream.of(
        Arguments.of(FindingCode.SERIOUS_PATHOLOGY_SIGNS, List.of(WALKING)),
        Arguments.of(FindingCode.MEDICAL_RED_FLAG, List.of(WALKING)),
        Arguments.of(FindingCode.DISC_IRRITATION, List.of(WALKING)),
        Arguments.of(
            FindingCode.ERECTOR_STRAIN, List.of(ROMANIAN_DEADLIFT, BACK_EXTENSION, TEMPO_PULL)),
        Arguments.of(
            FindingCode.POOR_BRACING,
            List.of(PLANK, PALLOF_PRESS, AB_ROLLOUT, FARMER_CARRY, FRONT_CARRY)),
        Arguments.of(FindingCode.SETUP_FAULT, List.of(BANDED_DEADLIFT, WALL_BUTT_TAP, BLOCK_PULL)),
        Arguments.of(
            FindingCode.GLUTE_UNDERUSE, List.of(HIP_THRUST, GLUTE_BRIDGE, SINGLE_LEG_GLUTE_BRIDGE)),
        Arguments.of(FindingCode.OVERLOAD_TOO_SOON, List.of(TEMPO_PULL)),
        Arguments.of(
            FindingCode.RECURRING_PAIN, List.of(BLOCK_PULL, RACK_PULL, FARMER_CARRY, FRONT_CARRY)),
        Arguments.of(FindingCode.DOMS, List.of()),
        Arguments.of(FindingCode.NOTES_MENTION_RED_FLAG, List.of()),
        Arguments.of(FindingCode.LOW_WALKING, List.of(WALKING)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("suggestionsPerFinding")
  void eachFindingSuggestsWhatTheBriefLists(FindingCode code, List<Alternative> expected) {
    assertEquals(expected, Suggestions.forCode(code));
  }

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyFindingHasAnEntry(FindingCode code) {
    assertNotNull(Suggestions.forCode(code));
  }

  @Test
  void aFindingThatStopsHeavyPullingLeavesOnlyWalking() {
    List<Finding> findings =
        List.of(
            Finding.of(FindingCode.DISC_IRRITATION, "disc"),
            Finding.of(FindingCode.SETUP_FAULT, "setup"),
            Finding.of(FindingCode.ERECTOR_STRAIN, "strain"));

    assertEquals(List.of(WALKING), Suggestions.forFindings(findings));
  }

  @Test
  void noFindingsNoSuggestions() {
    assertTrue(Suggestions.forFindings(List.of()).isEmpty());
  }
}
