package com.pullsafe.triage;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the triage rules need from the athlete's earlier reports: the weeks before the one being
 * triaged, newest first. Enough to answer RECURRING_PAIN (the three reports before) and
 * OVERLOAD_TOO_SOON (the latest top set of the 4 weeks before, and whether a recent flag lowered
 * the athlete's cap).
 *
 * @param earlierReports reports of weeks before this one, in any order; kept newest first
 */
public record AthleteHistory(List<EarlierReport> earlierReports) {

  /** OVERLOAD_TOO_SOON compares with the latest top set of this many weeks before the report. */
  public static final int TOP_SET_WEEKS = 4;

  /**
   * A flag lowers the cap for "the last 4 weeks": the report's own week and the three before it,
   * counted as the program page counts them. The report's own level is what is being decided, so
   * the three weeks before it are read.
   */
  public static final int FLAG_WEEKS_BEFORE = 3;

  /** RECURRING_PAIN reads this report and the three before it. */
  public static final int PAIN_REPORTS_BEFORE = 3;

  /** The most earlier reports any rule reads: every week of the top-set window can hold one. */
  public static final int REPORTS_READ = Math.max(TOP_SET_WEEKS, PAIN_REPORTS_BEFORE);

  /**
   * One earlier report, as far as the rules read it.
   *
   * @param weeksBefore how many ISO weeks before the triaged report's week (1 = the week before)
   * @param topSetKg its top set, null when the athlete did not deadlift that week
   * @param painScore its pain score
   * @param level its level as it stands (the coach's review decides, as on the program page)
   */
  public record EarlierReport(int weeksBefore, BigDecimal topSetKg, int painScore, Level level) {

    public EarlierReport {
      if (weeksBefore < 1) {
        throw new IllegalArgumentException("weeksBefore must be >= 1, was " + weeksBefore);
      }
      Objects.requireNonNull(level, "level");
    }
  }

  public AthleteHistory {
    earlierReports =
        earlierReports == null
            ? List.of()
            : earlierReports.stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(EarlierReport::weeksBefore))
                .toList();
  }

  public static AthleteHistory none() {
    return new AthleteHistory(List.of());
  }

  public static AthleteHistory of(EarlierReport... newestFirst) {
    return new AthleteHistory(List.of(newestFirst));
  }

  /**
   * Pain scores of the reports before this one, newest first (up to {@link #PAIN_REPORTS_BEFORE}).
   */
  public List<Integer> previousPainScores() {
    return earlierReports.stream()
        .limit(PAIN_REPORTS_BEFORE)
        .map(EarlierReport::painScore)
        .toList();
  }

  /**
   * The latest report with a top set in the {@link #TOP_SET_WEEKS} weeks before; a week without
   * deadlifts in between does not hide it.
   */
  public Optional<EarlierReport> latestTopSet() {
    return earlierReports.stream()
        .filter(r -> r.weeksBefore() <= TOP_SET_WEEKS && r.topSetKg() != null)
        .findFirst();
  }

  /** An AMBER-or-higher report in the {@link #FLAG_WEEKS_BEFORE} weeks before this one. */
  public boolean flaggedRecently() {
    return earlierReports.stream()
        .anyMatch(r -> r.weeksBefore() <= FLAG_WEEKS_BEFORE && r.level().flagged());
  }
}
