package com.pullsafe.reports.answers;

/** When the pain began. */
public enum Onset {
  START_OF_PULL,
  DURING_SET,
  AFTER_SESSION,
  NEXT_DAY
}
