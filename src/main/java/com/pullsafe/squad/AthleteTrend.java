package com.pullsafe.squad;

import com.pullsafe.programming.ProgressionCap;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.ReportView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An athlete's pain and top set over time, each week with the cap that applied to it (domain brief,
 * "Weekly progression cap": the latest top set of the 4 weeks before × (1 + cap), the cap 2.5 %
 * after an AMBER-or-higher week among those 4, rounded down to the plate increment) and whether the
 * engine flagged it. Every week from the first to the last report has its place, so a gap shows.
 */
public final class AthleteTrend {

  /** How many weeks back a top set and a flag count for the cap, as the triage counts them. */
  static final int CAP_WEEKS = 4;

  /**
   * One week of the trend.
   *
   * @param reportId null when the athlete did not report that week
   * @param painScore null when not reported
   * @param topSetKg null when not reported or no deadlifts that week
   * @param capKg the heaviest top set the cap allowed that week; null without a top set in the 4
   *     weeks before
   * @param flagged the engine gave the week's report AMBER or above
   */
  public record Week(
      String week,
      Long reportId,
      Integer painScore,
      BigDecimal topSetKg,
      BigDecimal capKg,
      boolean flagged)
      implements Serializable {}

  private AthleteTrend() {}

  /**
   * @param newestFirst the athlete's reports as the services list them
   * @return the weeks, oldest first
   */
  public static List<Week> of(
      List<ReportView> newestFirst, BigDecimal tenantCapPercent, BigDecimal plateIncrementKg) {
    List<ReportView> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    List<Week> weeks = new ArrayList<>();
    for (int i = 0; i < oldestFirst.size(); i++) {
      ReportView r = oldestFirst.get(i);
      IsoWeek week = IsoWeek.parse(r.week());
      if (i > 0) {
        for (IsoWeek gap = IsoWeek.parse(oldestFirst.get(i - 1).week()).plusWeeks(1);
            gap.compareTo(week) < 0;
            gap = gap.plusWeeks(1)) {
          weeks.add(
              new Week(
                  gap.toString(),
                  null,
                  null,
                  null,
                  cap(oldestFirst.subList(0, i), gap, tenantCapPercent, plateIncrementKg),
                  false));
        }
      }
      weeks.add(
          new Week(
              r.week(),
              r.id(),
              r.stated().getPainScore(),
              r.stated().getTopSetKg(),
              cap(oldestFirst.subList(0, i), week, tenantCapPercent, plateIncrementKg),
              r.triageLevel().flagged()));
    }
    return weeks;
  }

  /** The cap for {@code week} from the reports before it (oldest first). */
  private static BigDecimal cap(
      List<ReportView> before, IsoWeek week, BigDecimal tenantCapPercent, BigDecimal plate) {
    BigDecimal lastTopSet = null;
    boolean flagged = false;
    for (int i = before.size() - 1; i >= 0; i--) {
      ReportView r = before.get(i);
      int weeksBefore = IsoWeek.parse(r.week()).weeksBefore(week);
      if (weeksBefore > CAP_WEEKS) {
        break;
      }
      if (lastTopSet == null) {
        lastTopSet = r.stated().getTopSetKg();
      }
      flagged |= r.level().flagged();
    }
    if (lastTopSet == null) {
      return null;
    }
    return ProgressionCap.nextTopSetMaxKg(
        lastTopSet, ProgressionCap.capPercent(tenantCapPercent, flagged), plate);
  }
}
