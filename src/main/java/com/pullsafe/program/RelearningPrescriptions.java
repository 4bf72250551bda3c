package com.pullsafe.program;

import com.pullsafe.roster.Athlete;

/**
 * Whether the athlete's coach prescribed the relearning block (domain brief, "Relearning block
 * (prescribed on RECURRING_PAIN, or by the coach)"): the review feature answers it, read inside the
 * caller's transaction.
 */
public interface RelearningPrescriptions {

  /** Whether the athlete's latest review prescribes the relearning block. */
  boolean latestReviewPrescribesRelearning(Athlete athlete);
}
