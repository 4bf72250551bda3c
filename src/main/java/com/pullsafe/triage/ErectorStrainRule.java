package com.pullsafe.triage;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.PainSpread;
import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/** AMBER: sharp or tight, localized pain that is worse bending or extending. */
public final class ErectorStrainRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.ERECTOR_STRAIN;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    boolean sharpOrTight =
        r.painCharacter() == PainCharacter.SHARP || r.painCharacter() == PainCharacter.TIGHT;
    if (!(r.inPain()
        && sharpOrTight
        && r.painSpread() == PainSpread.LOCALIZED
        && r.getWorseBendingOrExtending())) {
      return Optional.empty();
    }
    Wording character = TriageMessages.wording("character." + r.painCharacter().name());
    return Optional.of(
        Finding.of(code(), TriageMessages.reason(code(), character, r.getPainScore())));
  }
}
