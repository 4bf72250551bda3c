package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/**
 * RED: pain down a leg or numbness or tingling, whatever the pain score (nerve signs count even
 * without back pain), or a pop during the lift with painScore > 0.
 */
public final class DiscIrritationRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.DISC_IRRITATION;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    if (!r.nerveSigns()) {
      return Optional.empty();
    }
    Wording reason =
        r.inPain()
            ? TriageMessages.reasonVariant(code(), "withPain", r.getPainScore(), Signs.nerve(r))
            : TriageMessages.reasonVariant(code(), "withoutPain", Signs.nerve(r));
    return Optional.of(Finding.of(code(), reason));
  }
}
