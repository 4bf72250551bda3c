package com.pullsafe.triage;

import java.util.Optional;

/** RED: painScore > 0 and (pain down a leg, numbness or tingling, or a pop during the lift). */
public final class DiscIrritationRule implements TriageRule {

  @Override
  public FindingCode code() {
    return FindingCode.DISC_IRRITATION;
  }

  @Override
  public Optional<Finding> evaluate(ReportFacts r, AthleteHistory h, TriageSettings s) {
    if (!(r.inPain() && r.nerveSigns())) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(code(), TriageMessages.reason(code(), r.painScore(), Signs.nerve(r))));
  }
}
