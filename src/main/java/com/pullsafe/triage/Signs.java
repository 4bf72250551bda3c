package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.ArrayList;
import java.util.List;

/** Names the yes/no signs an athlete ticked, in the words of the message bundle. */
final class Signs {

  private Signs() {}

  static Wording seriousPathology(ReportAnswers r) {
    List<Wording> signs = new ArrayList<>();
    add(signs, r.getSaddleNumbness(), "saddleNumbness");
    add(signs, r.getBladderOrBowelChange(), "bladderOrBowelChange");
    add(signs, r.getProgressiveLegWeakness(), "progressiveLegWeakness");
    add(signs, r.getBothLegs(), "bothLegs");
    return TriageMessages.joinAnd(signs);
  }

  static Wording generalRedFlags(ReportAnswers r) {
    List<Wording> signs = new ArrayList<>();
    add(signs, r.getFeverOrUnwell(), "feverOrUnwell");
    add(signs, r.getRecentTrauma(), "recentTrauma");
    add(signs, r.getConstantNightPain(), "constantNightPain");
    return TriageMessages.joinAnd(signs);
  }

  /**
   * The nerve signs that count: a pop only with back pain (see {@link ReportAnswers#nerveSigns}).
   */
  static Wording nerve(ReportAnswers r) {
    List<Wording> signs = new ArrayList<>();
    add(signs, r.getRadiatesToLeg(), "radiatesToLeg");
    add(signs, r.getNumbnessOrTingling(), "numbnessOrTingling");
    add(signs, r.getPopFelt() && r.inPain(), "popFelt");
    return TriageMessages.joinAnd(signs);
  }

  private static void add(List<Wording> signs, boolean present, String field) {
    if (present) {
      signs.add(TriageMessages.wording("sign." + field));
    }
  }
}
