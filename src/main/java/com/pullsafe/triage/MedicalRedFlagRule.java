package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/** RED: fever or feeling unwell, recent trauma, or constant night pain, with painScore > 0. */
public final class MedicalRedFlagRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.MEDICAL_RED_FLAG;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    if (!(r.inPain() && r.generalRedFlags())) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            code(), TriageMessages.reason(code(), r.getPainScore(), Signs.generalRedFlags(r))));
  }
}
