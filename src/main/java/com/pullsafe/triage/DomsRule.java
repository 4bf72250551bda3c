package com.pullsafe.triage;

import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/**
 * GREEN: dull, symmetric pain that began after the session or the next day, lasted at most 3 days
 * (still there does not count), with no nerve or red-flag signs (ticked, or named in the notes) and
 * not at submaximal loads.
 */
public final class DomsRule implements TriageRule {

  static final int MAX_DAYS = 3;

  @Override
  public FindingCode code() {
    return FindingCode.DOMS;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    boolean lateOnset = r.onset() == Onset.AFTER_SESSION || r.onset() == Onset.NEXT_DAY;
    boolean shortLived = r.getDaysLasting() != null && r.getDaysLasting() <= MAX_DAYS;
    if (!(r.inPain()
        && r.painCharacter() == PainCharacter.DULL
        && r.getSymmetric()
        && lateOnset
        && shortLived
        && !r.nerveSigns()
        && !r.seriousPathologySigns()
        && !r.generalRedFlags()
        && NotesRedFlags.untickedIn(r).isEmpty()
        && !r.getAtSubmaximalLoads())) {
      return Optional.empty();
    }
    Wording onset = TriageMessages.wording("onset." + r.onset().name());
    return Optional.of(
        Finding.of(
            code(),
            TriageMessages.reason(code(), r.getPainScore(), onset, duration(r.getDaysLasting()))));
  }

  private static Wording duration(int days) {
    if (days == 0) {
      return TriageMessages.wording("duration.sameDay");
    }
    if (days == 1) {
      return TriageMessages.wording("duration.oneDay");
    }
    return TriageMessages.wording("duration.days", days);
  }
}
