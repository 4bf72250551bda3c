package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;

/** One row of the triage table: a code and the condition under which it fires. */
public interface TriageRule {

  FindingCode code();

  /** The finding with its reason when the rule fires, empty otherwise. */
  Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s);
}
