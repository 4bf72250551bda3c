package com.pullsafe.programming;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The catalog of deadlift alternatives and corrective drills a coach can assign (domain brief,
 * "Deadlift alternatives and drills"; codes as in api-v1).
 */
public enum Alternative {
  BLOCK_PULL(
      "Block pull",
      Kind.ALTERNATIVE,
      Purpose.LOAD_REDUCTION,
      Purpose.SETUP,
      Purpose.POSTERIOR_CHAIN),
  RACK_PULL("Rack pull", Kind.ALTERNATIVE, Purpose.LOAD_REDUCTION, Purpose.POSTERIOR_CHAIN),
  FARMER_CARRY("Farmer carry", Kind.ALTERNATIVE, Purpose.BRACING, Purpose.LOAD_REDUCTION),
  FRONT_CARRY("Front carry", Kind.ALTERNATIVE, Purpose.BRACING, Purpose.LOAD_REDUCTION),
  ROMANIAN_DEADLIFT("Romanian deadlift", Kind.ALTERNATIVE, Purpose.POSTERIOR_CHAIN),
  BACK_EXTENSION("Back extension", Kind.ALTERNATIVE, Purpose.POSTERIOR_CHAIN),
  TEMPO_PULL(
      "Tempo pull",
      Kind.ALTERNATIVE,
      Purpose.TECHNIQUE,
      Purpose.LOAD_REDUCTION,
      Purpose.POSTERIOR_CHAIN),
  BANDED_DEADLIFT("Banded deadlift", Kind.DRILL, Purpose.SETUP, Purpose.TECHNIQUE),
  WALL_BUTT_TAP("Wall butt tap", Kind.DRILL, Purpose.SETUP, Purpose.TECHNIQUE),
  GLUTE_BRIDGE("Glute bridge", Kind.DRILL, Purpose.GLUTES),
  SINGLE_LEG_GLUTE_BRIDGE("Single-leg glute bridge", Kind.DRILL, Purpose.GLUTES),
  HIP_THRUST("Hip thrust", Kind.ALTERNATIVE, Purpose.GLUTES, Purpose.POSTERIOR_CHAIN),
  PLANK("Plank", Kind.DRILL, Purpose.BRACING),
  PALLOF_PRESS("Pallof press", Kind.DRILL, Purpose.BRACING),
  AB_ROLLOUT("Ab rollout", Kind.DRILL, Purpose.BRACING),
  WALKING("Walking", Kind.CONDITIONING, Purpose.CONDITIONING);

  /** Whether an entry replaces pulling, corrects a fault, or is general activity. */
  public enum Kind {
    ALTERNATIVE,
    DRILL,
    CONDITIONING
  }

  private final String displayName;
  private final Kind kind;
  private final Set<Purpose> purposes;

  Alternative(String displayName, Kind kind, Purpose first, Purpose... rest) {
    this.displayName = displayName;
    this.kind = kind;
    this.purposes = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  public String displayName() {
    return displayName;
  }

  public Kind kind() {
    return kind;
  }

  /** The purpose tags, in {@link Purpose} order. */
  public Set<Purpose> purposes() {
    return purposes;
  }

  public boolean drill() {
    return kind == Kind.DRILL;
  }

  public boolean servesPurpose(Purpose purpose) {
    return purposes.contains(purpose);
  }
}
