package com.pullsafe.triage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Reports, histories and settings shared by the triage tests. */
final class Fixtures {

  static final TriageSettings CAP_5 = new TriageSettings(new BigDecimal("5"));
  static final TriageSettings CAP_2_5 = new TriageSettings(new BigDecimal("2.5"));

  /** Every yes/no sign that makes pain something other than plain soreness. */
  static final List<String> NERVE_AND_RED_FLAG_SIGNS =
      List.of(
          "radiatesToLeg",
          "numbnessOrTingling",
          "popFelt",
          "saddleNumbness",
          "bladderOrBowelChange",
          "progressiveLegWeakness",
          "feverOrUnwell",
          "recentTrauma",
          "constantNightPain");

  private Fixtures() {}

  /** A pain-free week with plenty of walking: nothing fires. */
  static ReportFacts.Builder quietWeek() {
    return ReportFacts.builder().topSet("140", 3).walkingMinutesPerDay(120);
  }

  static ReportFacts.Builder pain(int score, PainCharacter character) {
    return quietWeek().painScore(score).painCharacter(character);
  }

  /** Classic next-day soreness: dull, both sides, gone in two days. */
  static ReportFacts.Builder soreness() {
    return pain(3, PainCharacter.DULL)
        .painSpread(PainSpread.GENERALIZED)
        .symmetric(true)
        .onset(Onset.NEXT_DAY)
        .daysLasting(2);
  }

  static AthleteHistory previousTopSet(String kg) {
    return new AthleteHistory(new BigDecimal(kg), List.of());
  }

  static AthleteHistory previousPainScores(Integer... mostRecentFirst) {
    return new AthleteHistory(null, List.of(mostRecentFirst));
  }

  /** Ticks one yes/no sign of the report by its field name. */
  static ReportFacts.Builder with(ReportFacts.Builder b, String sign) {
    return switch (sign) {
      case "radiatesToLeg" -> b.radiatesToLeg(true);
      case "numbnessOrTingling" -> b.numbnessOrTingling(true);
      case "popFelt" -> b.popFelt(true);
      case "saddleNumbness" -> b.saddleNumbness(true);
      case "bladderOrBowelChange" -> b.bladderOrBowelChange(true);
      case "progressiveLegWeakness" -> b.progressiveLegWeakness(true);
      case "feverOrUnwell" -> b.feverOrUnwell(true);
      case "recentTrauma" -> b.recentTrauma(true);
      case "constantNightPain" -> b.constantNightPain(true);
      default -> throw new IllegalArgumentException(sign);
    };
  }

  static Optional<Finding> evaluate(TriageRule rule, ReportFacts r) {
    return rule.evaluate(r, AthleteHistory.none(), CAP_5);
  }
}
