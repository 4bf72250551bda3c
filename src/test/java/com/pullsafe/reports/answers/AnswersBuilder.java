package com.pullsafe.reports.answers;

import java.math.BigDecimal;

/** Builds a report's answers for tests: everything starts absent, no or zero. */
public final class AnswersBuilder {

  private final ReportAnswers answers = new ReportAnswers();

  private AnswersBuilder() {
    answers.setPainScore(0);
    answers.setWalkingMinutesPerDay(0);
  }

  public static AnswersBuilder builder() {
    return new AnswersBuilder();
  }

  public AnswersBuilder topSet(BigDecimal kg, Integer reps) {
    answers.setTopSetKg(kg);
    answers.setTopSetReps(reps);
    return this;
  }

  public AnswersBuilder topSet(String kg, int reps) {
    return topSet(new BigDecimal(kg), reps);
  }

  public AnswersBuilder painScore(int painScore) {
    answers.setPainScore(painScore);
    return this;
  }

  public AnswersBuilder painCharacter(PainCharacter character) {
    answers.setPainCharacter(character == null ? null : character.name());
    return this;
  }

  public AnswersBuilder painSpread(PainSpread spread) {
    answers.setPainSpread(spread == null ? null : spread.name());
    return this;
  }

  public AnswersBuilder symmetric(boolean symmetric) {
    answers.setSymmetric(symmetric);
    return this;
  }

  public AnswersBuilder onset(Onset onset) {
    answers.setOnset(onset == null ? null : onset.name());
    return this;
  }

  public AnswersBuilder daysLasting(Integer days) {
    answers.setDaysLasting(days);
    return this;
  }

  public AnswersBuilder worseBendingOrExtending(boolean value) {
    answers.setWorseBendingOrExtending(value);
    return this;
  }

  public AnswersBuilder atSubmaximalLoads(boolean value) {
    answers.setAtSubmaximalLoads(value);
    return this;
  }

  public AnswersBuilder grindingHeavyReps(boolean value) {
    answers.setGrindingHeavyReps(value);
    return this;
  }

  public AnswersBuilder radiatesToLeg(boolean value) {
    answers.setRadiatesToLeg(value);
    return this;
  }

  public AnswersBuilder numbnessOrTingling(boolean value) {
    answers.setNumbnessOrTingling(value);
    return this;
  }

  public AnswersBuilder popFelt(boolean value) {
    answers.setPopFelt(value);
    return this;
  }

  public AnswersBuilder saddleNumbness(boolean value) {
    answers.setSaddleNumbness(value);
    return this;
  }

  public AnswersBuilder bladderOrBowelChange(boolean value) {
    answers.setBladderOrBowelChange(value);
    return this;
  }

  public AnswersBuilder progressiveLegWeakness(boolean value) {
    answers.setProgressiveLegWeakness(value);
    return this;
  }

  public AnswersBuilder bothLegs(boolean value) {
    answers.setBothLegs(value);
    return this;
  }

  public AnswersBuilder feverOrUnwell(boolean value) {
    answers.setFeverOrUnwell(value);
    return this;
  }

  public AnswersBuilder recentTrauma(boolean value) {
    answers.setRecentTrauma(value);
    return this;
  }

  public AnswersBuilder constantNightPain(boolean value) {
    answers.setConstantNightPain(value);
    return this;
  }

  public AnswersBuilder walkingMinutesPerDay(int minutes) {
    answers.setWalkingMinutesPerDay(minutes);
    return this;
  }

  public AnswersBuilder notes(String notes) {
    answers.setNotes(notes);
    return this;
  }

  public ReportAnswers build() {
    return answers.copy();
  }
}
