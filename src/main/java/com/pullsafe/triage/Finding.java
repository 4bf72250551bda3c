package com.pullsafe.triage;

import java.util.Objects;

/**
 * One rule that fired: its code, its level and a one-line reason quoting the inputs that made it
 * fire.
 */
public record Finding(FindingCode code, Level level, String reason) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reason, "reason");
  }

  /** A finding at the level the table gives its code. */
  public static Finding of(FindingCode code, String reason) {
    return new Finding(code, code.level(), reason);
  }

  /** What the athlete and coach are told to do about it. */
  public String advice() {
    return TriageMessages.advice(code);
  }
}
