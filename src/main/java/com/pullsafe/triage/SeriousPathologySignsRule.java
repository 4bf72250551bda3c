package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/**
 * URGENT: saddle numbness, bladder or bowel change, progressive leg weakness or symptoms in both
 * legs. Fires whatever the pain score, because these signs matter even without pain.
 */
public final class SeriousPathologySignsRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.SERIOUS_PATHOLOGY_SIGNS;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    if (!r.seriousPathologySigns()) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(code(), TriageMessages.reason(code(), Signs.seriousPathology(r))));
  }
}
