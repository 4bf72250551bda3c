package com.pullsafe.triage;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.PainSpread;
import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/** AMBER: dull, generalized pain that came on at submaximal loads. */
public final class PoorBracingRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.POOR_BRACING;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    if (!(r.inPain()
        && r.painCharacter() == PainCharacter.DULL
        && r.painSpread() == PainSpread.GENERALIZED
        && r.getAtSubmaximalLoads())) {
      return Optional.empty();
    }
    return Optional.of(Finding.of(code(), TriageMessages.reason(code(), r.getPainScore())));
  }
}
