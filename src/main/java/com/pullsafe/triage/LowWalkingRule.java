package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/**
 * GREEN: walking under the tenant's daily target (default 100 minutes; Haddadj et al., JAMA Netw
 * Open 2025). Applies at painScore 0 too.
 */
public final class LowWalkingRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.LOW_WALKING;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    if (r.getWalkingMinutesPerDay() >= s.walkingTargetMinutes()) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            code(),
            TriageMessages.reason(code(), r.getWalkingMinutesPerDay(), s.walkingTargetMinutes())));
  }
}
