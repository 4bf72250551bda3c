package com.pullsafe.reports.answers;

/** One spot, or an ache across the lower back. */
public enum PainSpread {
  LOCALIZED,
  GENERALIZED
}
