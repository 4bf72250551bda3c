package com.pullsafe.programming;

/**
 * How much of a catalog entry a coach prescribes: sets of an amount in the entry's unit, e.g. 3 × 8
 * reps, 3 × 30 seconds, 1 × 30 minutes.
 */
public record Dose(int sets, int amount, Unit unit) {

  /** What one set's amount counts, and the most a set may hold. */
  public enum Unit {
    REPS(100),
    SECONDS(600),
    MINUTES(240);

    private final int max;

    Unit(int max) {
      this.max = max;
    }

    public int max() {
      return max;
    }
  }

  static Dose reps(int sets, int reps) {
    return new Dose(sets, reps, Unit.REPS);
  }

  static Dose seconds(int sets, int seconds) {
    return new Dose(sets, seconds, Unit.SECONDS);
  }

  static Dose minutes(int sets, int minutes) {
    return new Dose(sets, minutes, Unit.MINUTES);
  }
}
