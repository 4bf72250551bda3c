package com.pullsafe.triage;

import java.util.Locale;
import java.util.Objects;

/**
 * One rule that fired: its code, its level and a one-line reason quoting the inputs that made it
 * fire, in words that can be written in every supported language.
 */
public record Finding(FindingCode code, Level level, Wording wording) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(wording, "wording");
  }

  /** A finding at the level the table gives its code. */
  public static Finding of(FindingCode code, Wording reason) {
    return new Finding(code, code.level(), reason);
  }

  /** A finding with a reason that reads the same in every language. */
  public static Finding of(FindingCode code, String reason) {
    return of(code, new Wording.Fixed(reason));
  }

  /** The reason in English, the language every stored result has. */
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  public String reason(Locale language) {
    return wording.in(language);
  }

  /** What the athlete and coach are told to do about it, in English. */
  public String advice() {
    return advice(Locale.ENGLISH);
  }

  public String advice(Locale language) {
    return TriageMessages.advice(code).in(language);
  }
}
