package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AMBER: painScore of 3 or more in at least 3 of the athlete's last 4 reports, this one included. A
 * pain-free report (painScore 0) yields no pain findings, so this rule needs painScore > 0.
 */
public final class RecurringPainRule implements TriageRule {

  static final int PAINFUL_SCORE = 3;
  static final int REPORTS_LOOKED_AT = 4;
  static final int PAINFUL_REPORTS_NEEDED = 3;

  @Override
  public FindingCode code() {
    return FindingCode.RECURRING_PAIN;
  }

  @Override
  public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
    if (!r.inPain()) {
      return Optional.empty();
    }
    List<Integer> scores = new ArrayList<>();
    scores.add(r.getPainScore());
    h.previousPainScores().stream().limit(REPORTS_LOOKED_AT - 1L).forEach(scores::add);
    long painful = scores.stream().filter(score -> score >= PAINFUL_SCORE).count();
    if (painful < PAINFUL_REPORTS_NEEDED) {
      return Optional.empty();
    }
    String newestFirst = String.join(", ", scores.stream().map(String::valueOf).toList());
    return Optional.of(
        Finding.of(code(), TriageMessages.reason(code(), painful, scores.size(), newestFirst)));
  }
}
