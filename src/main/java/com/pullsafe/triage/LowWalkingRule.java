package com.pullsafe.triage;

import java.util.Optional;

/**
 * GREEN: walking under 100 minutes a day (Haddadj et al., JAMA Netw Open 2025). Applies at
 * painScore 0 too.
 */
public final class LowWalkingRule implements TriageRule {

  static final int MINUTES_PER_DAY = 100;

  @Override
  public FindingCode code() {
    return FindingCode.LOW_WALKING;
  }

  @Override
  public Optional<Finding> evaluate(ReportFacts r, AthleteHistory h, TriageSettings s) {
    if (r.walkingMinutesPerDay() >= MINUTES_PER_DAY) {
      return Optional.empty();
    }
    return Optional.of(Finding.of(code(), TriageMessages.reason(code(), r.walkingMinutesPerDay())));
  }
}
