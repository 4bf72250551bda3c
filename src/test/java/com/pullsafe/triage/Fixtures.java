package com.pullsafe.triage;

import com.pullsafe.reports.answers.AnswersBuilder;
import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.PainSpread;
import com.pullsafe.reports.answers.ReportAnswers;
import com.pullsafe.triage.AthleteHistory.EarlierReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reports, histories and settings shared by the triage tests. */
final class Fixtures {

  static final int WALKING_TARGET = 100;
  static final TriageSettings CAP_5 = new TriageSettings(new BigDecimal("5"), WALKING_TARGET);
  static final TriageSettings CAP_2_5 = new TriageSettings(new BigDecimal("2.5"), WALKING_TARGET);

  /** Every yes/no sign that makes pain something other than plain soreness. */
  static final List<String> NERVE_AND_RED_FLAG_SIGNS =
      List.of(
          "radiatesToLeg",
          "numbnessOrTingling",
          "popFelt",
          "saddleNumbness",
          "bladderOrBowelChange",
          "progressiveLegWeakness",
          "bothLegs",
          "feverOrUnwell",
          "recentTrauma",
          "constantNightPain");

  private Fixtures() {}

  /** A pain-free week with plenty of walking: nothing fires. */
  static AnswersBuilder quietWeek() {
    return AnswersBuilder.builder().topSet("140", 3).walkingMinutesPerDay(120);
  }

  static AnswersBuilder pain(int score, PainCharacter character) {
    return quietWeek().painScore(score).painCharacter(character);
  }

  /** Classic next-day soreness: dull, both sides, gone in two days. */
  static AnswersBuilder soreness() {
    return pain(3, PainCharacter.DULL)
        .painSpread(PainSpread.GENERALIZED)
        .symmetric(true)
        .onset(Onset.NEXT_DAY)
        .daysLasting(2);
  }

  /** The week before was pain-free and GREEN, with this top set. */
  static AthleteHistory previousTopSet(String kg) {
    return AthleteHistory.of(earlier(1, kg, 0, Level.GREEN));
  }

  /** Earlier pain-free, GREEN weeks without deadlifts but for a top set {@code weeks} ago. */
  static AthleteHistory topSetWeeksAgo(int weeks, String kg) {
    List<EarlierReport> reports = new ArrayList<>();
    for (int w = 1; w < weeks; w++) {
      reports.add(earlier(w, null, 0, Level.GREEN));
    }
    reports.add(earlier(weeks, kg, 0, Level.GREEN));
    return new AthleteHistory(reports);
  }

  /** Consecutive earlier weeks with these pain scores, without deadlifts, GREEN. */
  static AthleteHistory previousPainScores(Integer... mostRecentFirst) {
    List<EarlierReport> reports = new ArrayList<>();
    for (int i = 0; i < mostRecentFirst.length; i++) {
      reports.add(earlier(i + 1, null, mostRecentFirst[i], Level.GREEN));
    }
    return new AthleteHistory(reports);
  }

  static EarlierReport earlier(int weeksBefore, String topSetKg, int painScore, Level level) {
    return new EarlierReport(
        weeksBefore, topSetKg == null ? null : new BigDecimal(topSetKg), painScore, level);
  }

  /** Ticks one yes/no sign of the report by its field name. */
  static AnswersBuilder with(AnswersBuilder b, String sign) {
    return switch (sign) {
      case "radiatesToLeg" -> b.radiatesToLeg(true);
      case "numbnessOrTingling" -> b.numbnessOrTingling(true);
      case "popFelt" -> b.popFelt(true);
      case "saddleNumbness" -> b.saddleNumbness(true);
      case "bladderOrBowelChange" -> b.bladderOrBowelChange(true);
      case "progressiveLegWeakness" -> b.progressiveLegWeakness(true);
      case "bothLegs" -> b.bothLegs(true);
      case "feverOrUnwell" -> b.feverOrUnwell(true);
      case "recentTrauma" -> b.recentTrauma(true);
      case "constantNightPain" -> b.constantNightPain(true);
      default -> throw new IllegalArgumentException(sign);
    };
  }

  static Optional<Finding> evaluate(TriageRule rule, ReportAnswers r) {
    return rule.evaluate(r, AthleteHistory.none(), CAP_5);
  }
}
