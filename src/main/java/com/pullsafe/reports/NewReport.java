package com.pullsafe.reports;

import com.pullsafe.reports.answers.ReportAnswers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weekly report as an athlete states it (domain brief, "The weekly report"), before validation:
 * the ISO week it is for, and the answers. The API reads it from JSON with the answers beside the
 * week; a stored report shows its answers the same way.
 */
public class NewReport extends ReportAnswers {

  private static final long serialVersionUID = 1L;

  private String week;

  public NewReport() {}

  /** The answers {@code answers} stated for the week {@code week}. */
  public NewReport(String week, ReportAnswers answers) {
    super(answers);
    this.week = week;
  }

  /** The answers alone, without the week. */
  public ReportAnswers answers() {
    return new ReportAnswers(this);
  }

  public String getWeek() {
    return week;
  }

  public void setWeek(String week) {
    this.week = week;
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && Objects.equals(week, ((NewReport) other).week);
  }

  @Override
  public int hashCode() {
    return Objects.hash(week, super.hashCode());
  }

  public static Builder builder(String week) {
    return new Builder(week);
  }

  /** Builds a report answer by answer: no top set, no pain, every yes/no answer no. */
  public static final class Builder {
    private final NewReport report = new NewReport();

    private Builder(String week) {
      report.setWeek(week);
      report.setPainScore(0);
    }

    public Builder topSet(String kg, Integer reps) {
      report.setTopSetKg(kg == null ? null : new BigDecimal(kg));
      report.setTopSetReps(reps);
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
      report.setPainScore(score);
      report.setPainCharacter(character);
      report.setPainSpread(spread);
      report.setSymmetric(symmetric);
      report.setOnset(onset);
      report.setDaysLasting(daysLasting);
      return this;
    }

    public Builder painScore(Integer score) {
      report.setPainScore(score);
      return this;
    }

    public Builder worseBendingOrExtending() {
      report.setWorseBendingOrExtending(true);
      return this;
    }

    public Builder atSubmaximalLoads() {
      report.setAtSubmaximalLoads(true);
      return this;
    }

    public Builder grindingHeavyReps() {
      report.setGrindingHeavyReps(true);
      return this;
    }

    public Builder radiatesToLeg() {
      report.setRadiatesToLeg(true);
      return this;
    }

    public Builder numbnessOrTingling() {
      report.setNumbnessOrTingling(true);
      return this;
    }

    public Builder popFelt() {
      report.setPopFelt(true);
      return this;
    }

    public Builder saddleNumbness() {
      report.setSaddleNumbness(true);
      return this;
    }

    public Builder bladderOrBowelChange() {
      report.setBladderOrBowelChange(true);
      return this;
    }

    public Builder progressiveLegWeakness() {
      report.setProgressiveLegWeakness(true);
      return this;
    }

    public Builder bothLegs() {
      report.setBothLegs(true);
      return this;
    }

    public Builder feverOrUnwell() {
      report.setFeverOrUnwell(true);
      return this;
    }

    public Builder recentTrauma() {
      report.setRecentTrauma(true);
      return this;
    }

    public Builder constantNightPain() {
      report.setConstantNightPain(true);
      return this;
    }

    public Builder walking(Integer minutesPerDay) {
      report.setWalkingMinutesPerDay(minutesPerDay);
      return this;
    }

    public Builder notes(String notes) {
      report.setNotes(notes);
      return this;
    }

    public NewReport build() {
      return new NewReport(report.getWeek(), report);
    }
  }
}
