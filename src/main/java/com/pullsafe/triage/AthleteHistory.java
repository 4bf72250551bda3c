package com.pullsafe.triage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the triage rules need from earlier reports.
 *
 * @param previousTopSetKg top set of the previous reported week; null when none
 * @param previousPainScores pain scores of earlier reports, most recent first (up to 3 are read)
 */
public record AthleteHistory(BigDecimal previousTopSetKg, List<Integer> previousPainScores) {

  public AthleteHistory {
    previousPainScores =
        previousPainScores == null
            ? List.of()
            : previousPainScores.stream().filter(Objects::nonNull).toList();
  }

  public static AthleteHistory none() {
    return new AthleteHistory(null, List.of());
  }
}
