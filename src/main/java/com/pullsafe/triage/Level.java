package com.pullsafe.triage;

/** Triage levels, ordered low to high (domain brief, "Triage: findings, levels, rules"). */
public enum Level {
  /** Normal; no coach action needed. */
  GREEN,
  /** Coach review: a technique or programming change. */
  AMBER,
  /** Stop heavy pulling, see a clinician; a coach must clear before heavy pulling resumes. */
  RED,
  /** Seek medical care now; stop all training. */
  URGENT;

  public boolean isAtLeast(Level other) {
    return compareTo(other) >= 0;
  }

  /** AMBER and above go into the coach's flagged queue. */
  public boolean flagged() {
    return isAtLeast(AMBER);
  }

  /** RED and URGENT notify the coach immediately. */
  public boolean notifiesCoach() {
    return isAtLeast(RED);
  }

  /** RED and URGENT stop heavy pulling until a coach records a clearance. */
  public boolean stopsHeavyPulling() {
    return isAtLeast(RED);
  }

  public static Level highest(Level a, Level b) {
    return a.isAtLeast(b) ? a : b;
  }
}
