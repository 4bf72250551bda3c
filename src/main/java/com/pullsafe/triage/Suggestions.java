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

import com.pullsafe.programming.Alternative;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which alternatives and drills the engine suggests for each finding (domain brief, "Deadlift
 * alternatives and drills"). The coach decides what is assigned.
 */
public final class Suggestions {

  private static final Map<FindingCode, List<Alternative>> BY_CODE =
      new EnumMap<>(FindingCode.class);

  static {
    BY_CODE.put(FindingCode.SERIOUS_PATHOLOGY_SIGNS, List.of(WALKING));
    BY_CODE.put(FindingCode.MEDICAL_RED_FLAG, List.of(WALKING));
    BY_CODE.put(FindingCode.DISC_IRRITATION, List.of(WALKING));
    BY_CODE.put(FindingCode.ERECTOR_STRAIN, List.of(ROMANIAN_DEADLIFT, BACK_EXTENSION, TEMPO_PULL));
    BY_CODE.put(
        FindingCode.POOR_BRACING,
        List.of(PLANK, PALLOF_PRESS, AB_ROLLOUT, FARMER_CARRY, FRONT_CARRY));
    BY_CODE.put(FindingCode.SETUP_FAULT, List.of(BANDED_DEADLIFT, WALL_BUTT_TAP, BLOCK_PULL));
    BY_CODE.put(
        FindingCode.GLUTE_UNDERUSE, List.of(HIP_THRUST, GLUTE_BRIDGE, SINGLE_LEG_GLUTE_BRIDGE));
    BY_CODE.put(FindingCode.OVERLOAD_TOO_SOON, List.of(TEMPO_PULL));
    BY_CODE.put(
        FindingCode.RECURRING_PAIN, List.of(BLOCK_PULL, RACK_PULL, FARMER_CARRY, FRONT_CARRY));
    BY_CODE.put(FindingCode.DOMS, List.of());
    BY_CODE.put(FindingCode.NOTES_MENTION_RED_FLAG, List.of());
    BY_CODE.put(FindingCode.LOW_WALKING, List.of(WALKING));
  }

  private Suggestions() {}

  /** The suggestions for one finding code, most relevant first. */
  public static List<Alternative> forCode(FindingCode code) {
    return BY_CODE.get(code);
  }

  /**
   * The suggestions for a report's findings, in the findings' order, each alternative once. When
   * any finding stops heavy pulling (RED or URGENT), only walking is suggested.
   */
  public static List<Alternative> forFindings(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.level().stopsHeavyPulling())) {
      return List.of(WALKING);
    }
    Set<Alternative> suggested = new LinkedHashSet<>();
    findings.forEach(f -> suggested.addAll(forCode(f.code())));
    return List.copyOf(suggested);
  }
}
