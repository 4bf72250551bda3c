package com.pullsafe.triage;

import java.util.ArrayList;
import java.util.List;

/** Names the yes/no signs an athlete ticked, in the words of the message bundle. */
final class Signs {

  private Signs() {}

  static String seriousPathology(ReportFacts r) {
    List<String> signs = new ArrayList<>();
    add(signs, r.saddleNumbness(), "saddleNumbness");
    add(signs, r.bladderOrBowelChange(), "bladderOrBowelChange");
    add(signs, r.progressiveLegWeakness(), "progressiveLegWeakness");
    add(signs, r.bothLegs(), "bothLegs");
    return TriageMessages.joinAnd(signs);
  }

  static String generalRedFlags(ReportFacts r) {
    List<String> signs = new ArrayList<>();
    add(signs, r.feverOrUnwell(), "feverOrUnwell");
    add(signs, r.recentTrauma(), "recentTrauma");
    add(signs, r.constantNightPain(), "constantNightPain");
    return TriageMessages.joinAnd(signs);
  }

  /** The nerve signs that count: a pop only with back pain (see {@link ReportFacts#nerveSigns}). */
  static String nerve(ReportFacts r) {
    List<String> signs = new ArrayList<>();
    add(signs, r.radiatesToLeg(), "radiatesToLeg");
    add(signs, r.numbnessOrTingling(), "numbnessOrTingling");
    add(signs, r.popFelt() && r.inPain(), "popFelt");
    return TriageMessages.joinAnd(signs);
  }

  private static void add(List<String> signs, boolean present, String field) {
    if (present) {
      signs.add(TriageMessages.text("sign." + field));
    }
  }
}
