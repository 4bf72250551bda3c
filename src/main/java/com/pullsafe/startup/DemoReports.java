package com.pullsafe.startup;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import java.util.List;
import java.util.Map;

/**
 * Four weeks of reports for each demo athlete, oldest first, chosen so that the demo shows every
 * level: steady GREEN progress, poor bracing turning into recurring pain (AMBER), a strain then
 * disc irritation (RED), serious pathology signs (URGENT), a medical red flag later cleared, and a
 * setup fault. Only what the athletes state: the engine triages them.
 */
final class DemoReports {

  static final int WEEKS = 4;

  private DemoReports() {}

  /** The reports of each athlete by e-mail, for the {@link #WEEKS} weeks before {@code current}. */
  static Map<String, List<NewReport>> before(IsoWeek current) {
    String w1 = current.minusWeeks(4).toString();
    String w2 = current.minusWeeks(3).toString();
    String w3 = current.minusWeeks(2).toString();
    String w4 = current.minusWeeks(1).toString();
    return Map.of(
        "mia@demo.test",
        List.of(
            quiet(w1, "120", 3),
            NewReport.builder(w2)
                .topSet("125", 3)
                .pain(2, "DULL", "GENERALIZED", true, "NEXT_DAY", 2)
                .walking(115)
                .build(),
            quiet(w3, "127.5", 3),
            quiet(w4, "130", 3)),
        "noah@demo.test",
        List.of(
            NewReport.builder(w1)
                .topSet("140", 5)
                .pain(3, "DULL", "GENERALIZED", false, "DURING_SET", 2)
                .atSubmaximalLoads()
                .walking(90)
                .build(),
            NewReport.builder(w2)
                .topSet("150", 3)
                .pain(4, "DULL", "GENERALIZED", false, "DURING_SET", 3)
                .grindingHeavyReps()
                .walking(95)
                .build(),
            NewReport.builder(w3)
                .topSet("150", 3)
                .pain(4, "DULL", "GENERALIZED", false, "DURING_SET", 3)
                .atSubmaximalLoads()
                .walking(100)
                .build(),
            NewReport.builder(w4)
                .topSet("145", 3)
                .pain(3, "DULL", "GENERALIZED", false, "AFTER_SESSION", 2)
                .walking(105)
                .notes("Same ache again after every pulling day.")
                .build()),
        "lea@demo.test",
        List.of(
            quiet(w1, "100", 5),
            quiet(w2, "102.5", 5),
            NewReport.builder(w3)
                .topSet("105", 5)
                .pain(5, "SHARP", "LOCALIZED", false, "DURING_SET", 4)
                .worseBendingOrExtending()
                .walking(120)
                .build(),
            NewReport.builder(w4)
                .topSet("95", 5)
                .pain(6, "BURNING", "LOCALIZED", false, "DURING_SET", null)
                .radiatesToLeg()
                .numbnessOrTingling()
                .walking(60)
                .notes("Pain runs down my left leg since Thursday.")
                .build()),
        "omar@demo.test",
        List.of(
            quiet(w1, "180", 2),
            quiet(w2, "185", 2),
            NewReport.builder(w3).topSet("187.5", 2).walking(70).build(),
            NewReport.builder(w4)
                .topSet("190", 1)
                .pain(7, "SHARP", "GENERALIZED", false, "DURING_SET", null)
                .saddleNumbness()
                .progressiveLegWeakness()
                .walking(30)
                .build()),
        "sara@demo.test",
        List.of(
            NewReport.builder(w1)
                .topSet("90", 5)
                .pain(4, "DULL", "GENERALIZED", true, "NEXT_DAY", null)
                .feverOrUnwell()
                .walking(80)
                .build(),
            NewReport.builder(w2)
                .walking(110)
                .notes("Rested this week after the doctor's check.")
                .build(),
            quiet(w3, "80", 5),
            quiet(w4, "80", 6)),
        "tom@demo.test",
        List.of(
            quiet(w1, "160", 3),
            quiet(w2, "165", 3),
            NewReport.builder(w3)
                .topSet("167.5", 3)
                .pain(3, "DULL", "LOCALIZED", true, "START_OF_PULL", 1)
                .walking(100)
                .build(),
            NewReport.builder(w4)
                .topSet("170", 3)
                .pain(2, "TIGHT", "GENERALIZED", true, "DURING_SET", 1)
                .atSubmaximalLoads()
                .walking(100)
                .build()));
  }

  private static NewReport quiet(String week, String kg, int reps) {
    return NewReport.builder(week).topSet(kg, reps).walking(110).build();
  }
}
