package com.pullsafe.triage;

import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/** AMBER: pain that began at the start of the pull, with painScore > 0. */
public final class SetupFaultRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.SETUP_FAULT;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    if (!(r.inPain() && r.onset() == Onset.START_OF_PULL)) {
      return Optional.empty();
    }
    return Optional.of(Finding.of(code(), TriageMessages.reason(code(), r.getPainScore())));
  }
}
