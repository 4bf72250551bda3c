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
import java.util.Random;

/**
 * A fixed, deterministic corpus of reports, each with a history and tenant settings, for the rule
 * set fingerprint: sweeps over every bound of the triage table, then a seeded random sample that
 * mixes every answer. {@link Random} is specified to give the same numbers on every JVM, so the
 * corpus is the same on every machine. Changing the corpus changes the pinned fingerprint.
 */
final class TriageCorpus {

  /** One report in its context. */
  record Case(ReportAnswers report, AthleteHistory history, TriageSettings settings) {}

  static final long SEED = 20261201L;
  static final int RANDOM_CASES = 3000;

  private static final BigDecimal[] CAPS = {
    new BigDecimal("2.5"), new BigDecimal("3.5"), new BigDecimal("5")
  };
  private static final int[] WALKING_TARGETS = {0, 60, 100, 120};
  private static final String[] NOTES = {
    "Felt strong, good week.",
    "Same ache again after every pulling day.",
    "Pulled a groin muscle playing football.",
    "Lockout felt weak, grip too.",
    "My groin feels numb since Tuesday.",
    "Trouble with my bladder this week.",
    "Pain goes down both legs now.",
    "My left leg is getting weaker.",
    "Had a fever on Wednesday.",
    "I fell on the ice on Sunday.",
    "It woke me up every night.",
    "Seit Dienstag ein taubes Gefühl im Schritt.",
    "Hatte am Mittwoch Fieber.",
    "Auf jeden Fall wieder leichter ziehen, falls es zieht."
  };
  private static final String[] SIGNS = {
    "radiatesToLeg",
    "numbnessOrTingling",
    "popFelt",
    "saddleNumbness",
    "bladderOrBowelChange",
    "progressiveLegWeakness",
    "bothLegs",
    "feverOrUnwell",
    "recentTrauma",
    "constantNightPain"
  };

  private TriageCorpus() {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    addSignSweeps(cases);
    addPainSweeps(cases);
    addOverloadSweeps(cases);
    addRecurringPainSweeps(cases);
    addWalkingSweeps(cases);
    addNotesSweeps(cases);
    addRandomCases(cases, new Random(SEED));
    return cases;
  }

  private static AnswersBuilder quiet() {
    return AnswersBuilder.builder().topSet("140", 3).walkingMinutesPerDay(120);
  }

  private static Case plain(ReportAnswers report) {
    return new Case(report, AthleteHistory.none(), TriageSettings.defaults());
  }

  /** Every yes/no sign alone, at painScore 0, 1 and 10. */
  private static void addSignSweeps(List<Case> cases) {
    for (String sign : SIGNS) {
      for (int pain : new int[] {0, 1, 10}) {
        AnswersBuilder b = quiet().painScore(pain).painCharacter(PainCharacter.SHARP);
        cases.add(plain(Fixtures.with(b, sign).build()));
      }
    }
  }

  /** Every pain description, with the bounds of DOMS (days 3 and 4, still there). */
  private static void addPainSweeps(List<Case> cases) {
    Integer[] days = {null, 0, 3, 4};
    for (PainCharacter character : PainCharacter.values()) {
      for (PainSpread spread : PainSpread.values()) {
        for (Onset onset : Onset.values()) {
          for (Integer lasting : days) {
            for (int flags = 0; flags < 16; flags++) {
              cases.add(
                  plain(
                      quiet()
                          .painScore(flags % 2 == 0 ? 3 : 1)
                          .painCharacter(character)
                          .painSpread(spread)
                          .onset(onset)
                          .daysLasting(lasting)
                          .symmetric((flags & 1) != 0)
                          .worseBendingOrExtending((flags & 2) != 0)
                          .atSubmaximalLoads((flags & 4) != 0)
                          .grindingHeavyReps((flags & 8) != 0)
                          .build()));
            }
          }
        }
      }
    }
  }

  /** Top sets at and just above each cap, against top sets 1 to 5 weeks before, after flags. */
  private static void addOverloadSweeps(List<Case> cases) {
    BigDecimal before = new BigDecimal("140");
    for (BigDecimal cap : CAPS) {
      for (int weeksAgo = 1; weeksAgo <= 5; weeksAgo++) {
        for (int flaggedAgo = 0; flaggedAgo <= 4; flaggedAgo++) {
          for (Level level : new Level[] {Level.GREEN, Level.AMBER, Level.RED}) {
            AthleteHistory history = historyWithTopSet(before, weeksAgo, flaggedAgo, level);
            TriageSettings settings = new TriageSettings(cap, 100);
            for (BigDecimal now : around(before, cap)) {
              cases.add(new Case(quiet().topSet(now, 2).build(), history, settings));
            }
          }
        }
      }
    }
  }

  private static AthleteHistory historyWithTopSet(
      BigDecimal kg, int weeksAgo, int flaggedAgo, Level flagLevel) {
    List<EarlierReport> reports = new ArrayList<>();
    for (int w = 1; w <= Math.max(weeksAgo, flaggedAgo); w++) {
      reports.add(
          new EarlierReport(
              w, w == weeksAgo ? kg : null, 0, w == flaggedAgo ? flagLevel : Level.GREEN));
    }
    return new AthleteHistory(reports);
  }

  /** The top set exactly at the tenant's and the lowered cap, and 0.01 kg above each. */
  private static List<BigDecimal> around(BigDecimal before, BigDecimal cap) {
    List<BigDecimal> loads = new ArrayList<>();
    for (BigDecimal percent : new BigDecimal[] {cap, new BigDecimal("2.5")}) {
      BigDecimal atCap = before.add(before.multiply(percent).movePointLeft(2));
      loads.add(atCap);
      loads.add(atCap.add(new BigDecimal("0.01")));
    }
    loads.add(before.multiply(new BigDecimal("1.3")));
    return loads;
  }

  /** Pain 2 and 3 in this and the three reports before. */
  private static void addRecurringPainSweeps(List<Case> cases) {
    for (int mask = 0; mask < 32; mask++) {
      List<EarlierReport> reports = new ArrayList<>();
      for (int w = 1; w <= 4; w++) {
        reports.add(new EarlierReport(w, null, (mask >> w & 1) == 0 ? 2 : 3, Level.GREEN));
      }
      ReportAnswers report =
          quiet().painScore((mask & 1) == 0 ? 2 : 3).painCharacter(PainCharacter.DULL).build();
      cases.add(new Case(report, new AthleteHistory(reports), TriageSettings.defaults()));
    }
  }

  /** One minute under, at and over each walking target. */
  private static void addWalkingSweeps(List<Case> cases) {
    for (int target : WALKING_TARGETS) {
      for (int minutes = Math.max(0, target - 1); minutes <= target + 1; minutes++) {
        cases.add(
            new Case(
                quiet().walkingMinutesPerDay(minutes).build(),
                AthleteHistory.none(),
                new TriageSettings(new BigDecimal("5"), target)));
      }
    }
  }

  /** Every sample note, with and without each sign ticked, and with DOMS-like pain. */
  private static void addNotesSweeps(List<Case> cases) {
    for (String note : NOTES) {
      cases.add(plain(quiet().notes(note).build()));
      cases.add(plain(Fixtures.soreness().notes(note).build()));
      for (String sign : SIGNS) {
        cases.add(plain(Fixtures.with(quiet(), sign).notes(note).build()));
      }
    }
  }

  private static void addRandomCases(List<Case> cases, Random random) {
    for (int i = 0; i < RANDOM_CASES; i++) {
      BigDecimal kg = BigDecimal.valueOf(60 + random.nextInt(600)).movePointLeft(1).add(kg(80));
      AnswersBuilder b = AnswersBuilder.builder();
      if (random.nextInt(4) > 0) {
        b.topSet(kg, 1 + random.nextInt(10));
      }
      int pain = random.nextInt(3) == 0 ? 0 : random.nextInt(11);
      b.painScore(pain)
          .painCharacter(pick(random, PainCharacter.values()))
          .painSpread(pick(random, PainSpread.values()))
          .onset(pick(random, Onset.values()))
          .daysLasting(random.nextInt(5) == 0 ? null : random.nextInt(6))
          .symmetric(random.nextBoolean())
          .worseBendingOrExtending(random.nextBoolean())
          .atSubmaximalLoads(random.nextBoolean())
          .grindingHeavyReps(random.nextInt(4) == 0)
          .walkingMinutesPerDay(random.nextInt(200));
      for (String sign : SIGNS) {
        if (random.nextInt(12) == 0) {
          Fixtures.with(b, sign);
        }
      }
      if (random.nextInt(3) == 0) {
        b.notes(NOTES[random.nextInt(NOTES.length)]);
      }
      cases.add(new Case(b.build(), randomHistory(random, kg), randomSettings(random)));
    }
  }

  private static AthleteHistory randomHistory(Random random, BigDecimal kg) {
    List<EarlierReport> reports = new ArrayList<>();
    int week = 0;
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      week += 1 + random.nextInt(2);
      BigDecimal topSet =
          random.nextInt(3) == 0
              ? null
              : kg.subtract(BigDecimal.valueOf(random.nextInt(120)).movePointLeft(1));
      reports.add(
          new EarlierReport(week, topSet, random.nextInt(11), pick(random, Level.values())));
    }
    return new AthleteHistory(reports);
  }

  private static TriageSettings randomSettings(Random random) {
    return new TriageSettings(
        CAPS[random.nextInt(CAPS.length)], WALKING_TARGETS[random.nextInt(WALKING_TARGETS.length)]);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static BigDecimal kg(int value) {
    return BigDecimal.valueOf(value);
  }
}
