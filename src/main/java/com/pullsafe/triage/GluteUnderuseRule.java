package com.pullsafe.triage;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/** AMBER: tight pain at submaximal loads that is not worse bending or extending. */
public final class GluteUnderuseRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.GLUTE_UNDERUSE;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    if (!(r.inPain()
        && r.painCharacter() == PainCharacter.TIGHT
        && r.getAtSubmaximalLoads()
        && !r.getWorseBendingOrExtending())) {
      return Optional.empty();
    }
    return Optional.of(Finding.of(code(), TriageMessages.reason(code(), r.getPainScore())));
  }
}
