package com.pullsafe.reports;

import java.math.BigDecimal;

/**
 * A weekly report as an athlete states it (domain brief, "The weekly report"), before validation.
 * Codes arrive as text so that an unknown one is refused naming its field; an absent yes/no answer
 * means no.
 */
public record NewReport(
    String week,
    BigDecimal topSetKg,
    Integer topSetReps,
    Integer painScore,
    String painCharacter,
    String painSpread,
    Boolean symmetric,
    String onset,
    Integer daysLasting,
    Boolean worseBendingOrExtending,
    Boolean atSubmaximalLoads,
    Boolean grindingHeavyReps,
    Boolean radiatesToLeg,
    Boolean numbnessOrTingling,
    Boolean popFelt,
    Boolean saddleNumbness,
    Boolean bladderOrBowelChange,
    Boolean progressiveLegWeakness,
    Boolean bothLegs,
    Boolean feverOrUnwell,
    Boolean recentTrauma,
    Boolean constantNightPain,
    Integer walkingMinutesPerDay,
    String notes) {

  public static Builder builder(String week) {
    return new Builder(week);
  }

  /** Builds a report field by field: no top set, no pain, every yes/no answer no. */
  public static final class Builder {
    private final String week;
    private BigDecimal topSetKg;
    private Integer topSetReps;
    private Integer painScore = 0;
    private String painCharacter;
    private String painSpread;
    private boolean symmetric;
    private String onset;
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
    private Integer walkingMinutesPerDay;
    private String notes;

    private Builder(String week) {
      this.week = week;
    }

    public Builder topSet(String kg, Integer reps) {
      this.topSetKg = kg == null ? null : new BigDecimal(kg);
      this.topSetReps = reps;
      return this;
    }

    /** Pain with its character, spread, symmetry, onset and duration (null: still there). */
    public Builder pain(
        int score,
        String character,
        String spread,
        boolean symmetric,
        String onset,
        Integer daysLasting) {
      this.painScore = score;
      this.painCharacter = character;
      this.painSpread = spread;
      this.symmetric = symmetric;
      this.onset = onset;
      this.daysLasting = daysLasting;
      return this;
    }

    public Builder painScore(Integer score) {
      this.painScore = score;
      return this;
    }

    public Builder worseBendingOrExtending() {
      this.worseBendingOrExtending = true;
      return this;
    }

    public Builder atSubmaximalLoads() {
      this.atSubmaximalLoads = true;
      return this;
    }

    public Builder grindingHeavyReps() {
      this.grindingHeavyReps = true;
      return this;
    }

    public Builder radiatesToLeg() {
      this.radiatesToLeg = true;
      return this;
    }

    public Builder numbnessOrTingling() {
      this.numbnessOrTingling = true;
      return this;
    }

    public Builder popFelt() {
      this.popFelt = true;
      return this;
    }

    public Builder saddleNumbness() {
      this.saddleNumbness = true;
      return this;
    }

    public Builder bladderOrBowelChange() {
      this.bladderOrBowelChange = true;
      return this;
    }

    public Builder progressiveLegWeakness() {
      this.progressiveLegWeakness = true;
      return this;
    }

    public Builder bothLegs() {
      this.bothLegs = true;
      return this;
    }

    public Builder feverOrUnwell() {
      this.feverOrUnwell = true;
      return this;
    }

    public Builder recentTrauma() {
      this.recentTrauma = true;
      return this;
    }

    public Builder constantNightPain() {
      this.constantNightPain = true;
      return this;
    }

    public Builder walking(Integer minutesPerDay) {
      this.walkingMinutesPerDay = minutesPerDay;
      return this;
    }

    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    public NewReport build() {
      return new NewReport(
          week,
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
