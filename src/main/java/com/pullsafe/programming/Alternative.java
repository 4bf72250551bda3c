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
      Dose.reps(5, 3),
      Purpose.LOAD_REDUCTION,
      Purpose.SETUP,
      Purpose.POSTERIOR_CHAIN),
  RACK_PULL(
      "Rack pull",
      Kind.ALTERNATIVE,
      Dose.reps(4, 5),
      Purpose.LOAD_REDUCTION,
      Purpose.POSTERIOR_CHAIN),
  FARMER_CARRY(
      "Farmer carry",
      Kind.ALTERNATIVE,
      Dose.seconds(3, 40),
      Purpose.BRACING,
      Purpose.LOAD_REDUCTION),
  FRONT_CARRY(
      "Front carry",
      Kind.ALTERNATIVE,
      Dose.seconds(3, 30),
      Purpose.BRACING,
      Purpose.LOAD_REDUCTION),
  ROMANIAN_DEADLIFT(
      "Romanian deadlift", Kind.ALTERNATIVE, Dose.reps(3, 8), Purpose.POSTERIOR_CHAIN),
  BACK_EXTENSION("Back extension", Kind.ALTERNATIVE, Dose.reps(3, 12), Purpose.POSTERIOR_CHAIN),
  TEMPO_PULL(
      "Tempo pull",
      Kind.ALTERNATIVE,
      Dose.reps(5, 3),
      Purpose.TECHNIQUE,
      Purpose.LOAD_REDUCTION,
      Purpose.POSTERIOR_CHAIN),
  BANDED_DEADLIFT("Banded deadlift", Kind.DRILL, Dose.reps(3, 8), Purpose.SETUP, Purpose.TECHNIQUE),
  WALL_BUTT_TAP("Wall butt tap", Kind.DRILL, Dose.reps(2, 10), Purpose.SETUP, Purpose.TECHNIQUE),
  GLUTE_BRIDGE("Glute bridge", Kind.DRILL, Dose.reps(3, 12), Purpose.GLUTES),
  SINGLE_LEG_GLUTE_BRIDGE("Single-leg glute bridge", Kind.DRILL, Dose.reps(3, 10), Purpose.GLUTES),
  HIP_THRUST(
      "Hip thrust", Kind.ALTERNATIVE, Dose.reps(3, 10), Purpose.GLUTES, Purpose.POSTERIOR_CHAIN),
  PLANK("Plank", Kind.DRILL, Dose.seconds(3, 30), Purpose.BRACING),
  PALLOF_PRESS("Pallof press", Kind.DRILL, Dose.reps(3, 10), Purpose.BRACING),
  AB_ROLLOUT("Ab rollout", Kind.DRILL, Dose.reps(3, 8), Purpose.BRACING),
  WALKING("Walking", Kind.CONDITIONING, Dose.minutes(1, 30), Purpose.CONDITIONING);

  /** Whether an entry replaces pulling, corrects a fault, or is general activity. */
  public enum Kind {
    ALTERNATIVE,
    DRILL,
    CONDITIONING
  }

  private final String displayName;
  private final Kind kind;
  private final Dose dose;
  private final Set<Purpose> purposes;

  Alternative(String displayName, Kind kind, Dose dose, Purpose first, Purpose... rest) {
    this.displayName = displayName;
    this.kind = kind;
    this.dose = dose;
    this.purposes = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  public String displayName() {
    return displayName;
  }

  public Kind kind() {
    return kind;
  }

  /** The dose a coach starts from, and the unit its amount counts in. */
  public Dose dose() {
    return dose;
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
