package com.pullsafe.triage;

/** One spot, or an ache across the lower back. */
public enum PainSpread {
  LOCALIZED,
  GENERALIZED
}
