package com.pullsafe.triage;

import java.math.BigDecimal;

/**
 * What an athlete stated in one weekly report, as the triage rules read it (domain brief, "The
 * weekly report"). The service validates; this record only carries the facts, and optional fields
 * may be null.
 *
 * @param topSetKg heaviest deadlift set of the week, null without deadlifting
 * @param topSetReps reps of that set, null without deadlifting
 * @param painScore worst lower-back pain after pulling, 0..10
 * @param daysLasting how long the pain lasted; null means it is still there
 * @param notes the athlete's free text, null when none
 */
public record ReportFacts(
    BigDecimal topSetKg,
    Integer topSetReps,
    int painScore,
    PainCharacter painCharacter,
    PainSpread painSpread,
    boolean symmetric,
    Onset onset,
    Integer daysLasting,
    boolean worseBendingOrExtending,
    boolean atSubmaximalLoads,
    boolean grindingHeavyReps,
    boolean radiatesToLeg,
    boolean numbnessOrTingling,
    boolean popFelt,
    boolean saddleNumbness,
    boolean bladderOrBowelChange,
    boolean progressiveLegWeakness,
    boolean bothLegs,
    boolean feverOrUnwell,
    boolean recentTrauma,
    boolean constantNightPain,
    int walkingMinutesPerDay,
    String notes) {

  public boolean inPain() {
    return painScore > 0;
  }

  /** Saddle numbness, bladder or bowel change, a leg getting weaker, or symptoms in both legs. */
  public boolean seriousPathologySigns() {
    return saddleNumbness || bladderOrBowelChange || progressiveLegWeakness || bothLegs;
  }

  /** Fever or feeling unwell, recent trauma, or constant night pain. */
  public boolean generalRedFlags() {
    return feverOrUnwell || recentTrauma || constantNightPain;
  }

  /**
   * Pain down a leg or numbness or tingling, which count even without back pain, or a pop during
   * the lift with back pain.
   */
  public boolean nerveSigns() {
    return radiatesToLeg || numbnessOrTingling || (popFelt && inPain());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds facts field by field; everything starts absent, false or zero. */
  public static final class Builder {
    private BigDecimal topSetKg;
    private Integer topSetReps;
    private int painScore;
    private PainCharacter painCharacter;
    private PainSpread painSpread;
    private boolean symmetric;
    private Onset onset;
    private Integer daysLasting;
    private boolean worseBendingOrExtending;
    private boolean atSubmaximalLoads;
    private boolean grindingHeavyReps;
    private boolean radiatesToLeg;
    private boolean numbnessOrTingling;
    private boolean popFelt;
    private boolean saddleNumbness;
    private boolean bladderOrBowelChange;
    private boolean progressiveLegWeakness;
    private boolean bothLegs;
    private boolean feverOrUnwell;
    private boolean recentTrauma;
    private boolean constantNightPain;
    private int walkingMinutesPerDay;
    private String notes;

    private Builder() {}

    public Builder topSet(BigDecimal kg, Integer reps) {
      this.topSetKg = kg;
      this.topSetReps = reps;
      return this;
    }

    public Builder topSet(String kg, int reps) {
      return topSet(new BigDecimal(kg), reps);
    }

    public Builder painScore(int painScore) {
      this.painScore = painScore;
      return this;
    }

    public Builder painCharacter(PainCharacter painCharacter) {
      this.painCharacter = painCharacter;
      return this;
    }

    public Builder painSpread(PainSpread painSpread) {
      this.painSpread = painSpread;
      return this;
    }

    public Builder symmetric(boolean symmetric) {
      this.symmetric = symmetric;
      return this;
    }

    public Builder onset(Onset onset) {
      this.onset = onset;
      return this;
    }

    public Builder daysLasting(Integer daysLasting) {
      this.daysLasting = daysLasting;
      return this;
    }

    public Builder worseBendingOrExtending(boolean value) {
      this.worseBendingOrExtending = value;
      return this;
    }

    public Builder atSubmaximalLoads(boolean value) {
      this.atSubmaximalLoads = value;
      return this;
    }

    public Builder grindingHeavyReps(boolean value) {
      this.grindingHeavyReps = value;
      return this;
    }

    public Builder radiatesToLeg(boolean value) {
      this.radiatesToLeg = value;
      return this;
    }

    public Builder numbnessOrTingling(boolean value) {
      this.numbnessOrTingling = value;
      return this;
    }

    public Builder popFelt(boolean value) {
      this.popFelt = value;
      return this;
    }

    public Builder saddleNumbness(boolean value) {
      this.saddleNumbness = value;
      return this;
    }

    public Builder bladderOrBowelChange(boolean value) {
      this.bladderOrBowelChange = value;
      return this;
    }

    public Builder progressiveLegWeakness(boolean value) {
      this.progressiveLegWeakness = value;
      return this;
    }

    public Builder bothLegs(boolean value) {
      this.bothLegs = value;
      return this;
    }

    public Builder feverOrUnwell(boolean value) {
      this.feverOrUnwell = value;
      return this;
    }

    public Builder recentTrauma(boolean value) {
      this.recentTrauma = value;
      return this;
    }

    public Builder constantNightPain(boolean value) {
      this.constantNightPain = value;
      return this;
    }

    public Builder walkingMinutesPerDay(int minutes) {
      this.walkingMinutesPerDay = minutes;
      return this;
    }

    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    public ReportFacts build() {
      return new ReportFacts(
          topSetKg,
          topSetReps,
          painScore,
          painCharacter,
          painSpread,
          symmetric,
          onset,
          daysLasting,
          worseBendingOrExtending,
          atSubmaximalLoads,
          grindingHeavyReps,
          radiatesToLeg,
          numbnessOrTingling,
          popFelt,
          saddleNumbness,
          bladderOrBowelChange,
          progressiveLegWeakness,
          bothLegs,
          feverOrUnwell,
          recentTrauma,
          constantNightPain,
          walkingMinutesPerDay,
          notes);
    }
  }
}
