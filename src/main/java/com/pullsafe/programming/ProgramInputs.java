package com.pullsafe.programming;

import java.math.BigDecimal;

/**
 * What the {@link ProgrammingEngine} needs to know about an athlete.
 *
 * @param lastTopSetKg the last reported top set, null when none
 * @param lastTopSetReps reps of that top set, null when none
 * @param tenantCapPercent the tenant's weekly cap; null means {@link
 *     ProgressionCap#DEFAULT_PERCENT}
 * @param plateIncrementKg the tenant's plate increment; null means {@link
 *     Loads#DEFAULT_PLATE_INCREMENT_KG}
 * @param amberOrWorseInLast4Weeks any AMBER-or-higher report in the last 4 weeks
 * @param relearningRequired RECURRING_PAIN in the latest report, or the coach asked for it
 * @param awaitingClearance a RED or URGENT report since the last clearance
 */
public record ProgramInputs(
    BigDecimal lastTopSetKg,
    Integer lastTopSetReps,
    BigDecimal tenantCapPercent,
    BigDecimal plateIncrementKg,
    boolean amberOrWorseInLast4Weeks,
    boolean relearningRequired,
    boolean awaitingClearance) {

  public ProgramInputs {
    if (tenantCapPercent == null) {
      tenantCapPercent = ProgressionCap.DEFAULT_PERCENT;
    }
    if (plateIncrementKg == null) {
      plateIncrementKg = Loads.DEFAULT_PLATE_INCREMENT_KG;
    }
    Loads.requirePositive(plateIncrementKg, "plateIncrementKg");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder with tenant defaults and an unflagged, cleared athlete without a top set. */
  public static final class Builder {
    private BigDecimal lastTopSetKg;
    private Integer lastTopSetReps;
    private BigDecimal tenantCapPercent = ProgressionCap.DEFAULT_PERCENT;
    private BigDecimal plateIncrementKg = Loads.DEFAULT_PLATE_INCREMENT_KG;
    private boolean amberOrWorseInLast4Weeks;
    private boolean relearningRequired;
    private boolean awaitingClearance;

    private Builder() {}

    public Builder lastTopSet(BigDecimal kg, Integer reps) {
      this.lastTopSetKg = kg;
      this.lastTopSetReps = reps;
      return this;
    }

    public Builder lastTopSet(String kg, int reps) {
      return lastTopSet(new BigDecimal(kg), reps);
    }

    public Builder tenantCapPercent(BigDecimal percent) {
      this.tenantCapPercent = percent;
      return this;
    }

    public Builder plateIncrementKg(BigDecimal kg) {
      this.plateIncrementKg = kg;
      return this;
    }

    public Builder amberOrWorseInLast4Weeks(boolean value) {
      this.amberOrWorseInLast4Weeks = value;
      return this;
    }

    public Builder relearningRequired(boolean value) {
      this.relearningRequired = value;
      return this;
    }

    public Builder awaitingClearance(boolean value) {
      this.awaitingClearance = value;
      return this;
    }

    public ProgramInputs build() {
      return new ProgramInputs(
          lastTopSetKg,
          lastTopSetReps,
          tenantCapPercent,
          plateIncrementKg,
          amberOrWorseInLast4Weeks,
          relearningRequired,
          awaitingClearance);
    }
  }
}
