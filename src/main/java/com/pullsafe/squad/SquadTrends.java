package com.pullsafe.squad;

import com.pullsafe.triage.FindingCode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The squad's trends over the window: by week, how many reports came in and how many the engine
 * flagged (AMBER or above); and the findings the engine gave most often.
 *
 * @param reports how many reports the window holds in all
 */
public record SquadTrends(List<Week> weeks, List<Finding> findings, long reports)
    implements Serializable {

  /** How many findings {@link #findings} lists at most. */
  public static final int TOP_FINDINGS = 5;

  /** A week of the window; weeks without reports are listed with zero. */
  public record Week(String week, long reports, long flagged) implements Serializable {

    /** The flagged share in percent with one decimal; null without reports. */
    public BigDecimal flaggedPercent() {
      return percent(flagged, reports);
    }
  }

  /** A finding and in how many of the window's reports the engine gave it. */
  public record Finding(FindingCode code, long reports) implements Serializable {}

  /** The share of all the window's reports that have this finding, in percent. */
  public BigDecimal percentOfReports(Finding finding) {
    return percent(finding.reports(), reports);
  }

  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
