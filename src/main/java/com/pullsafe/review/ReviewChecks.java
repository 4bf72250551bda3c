package com.pullsafe.review;

import com.pullsafe.platform.Bundle;
import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.StorableText;
import com.pullsafe.program.AssignmentChecks;
import com.pullsafe.triage.Level;
import java.util.Arrays;

/** Checks a review request field by field ("override with a required reason"); plain Java. */
public final class ReviewChecks {

  public static final int REASON_MAX = 1000;
  public static final int NOTE_MAX = 2000;

  static final Bundle TEXTS = Bundle.of("com.pullsafe.review.ReviewMessages", ReviewChecks.class);

  private ReviewChecks() {}

  /** The validated decision; {@link com.pullsafe.platform.InvalidInput} naming every bad field. */
  public static Decision validate(ReviewRequest r) {
    FieldChecks checks = new FieldChecks();
    Decision decision = parse(Decision.class, r.decision());
    checks.check(
        decision != null, "decision", TEXTS.text("code.unknown", names(Decision.values())));
    Level level = parse(Level.class, r.overrideLevel());
    if (decision == Decision.OVERRIDE) {
      checks.check(
          !isBlank(r.overrideLevel()), "overrideLevel", TEXTS.text("overrideLevel.required"));
      checks.check(
          isBlank(r.overrideLevel()) || level != null,
          "overrideLevel",
          TEXTS.text("code.unknown", names(Level.values())));
      checks.check(!isBlank(r.reason()), "reason", TEXTS.text("reason.requiredForOverride"));
    } else if (decision == Decision.CONFIRM) {
      checks.check(
          isBlank(r.overrideLevel()),
          "overrideLevel",
          TEXTS.text("overrideLevel.onlyWithOverride"));
    }
    checks.check(
        r.reason() == null || r.reason().strip().length() <= REASON_MAX,
        "reason",
        TEXTS.text("text.tooLong", REASON_MAX));
    checks.check(
        r.noteToAthlete() == null || r.noteToAthlete().strip().length() <= NOTE_MAX,
        "noteToAthlete",
        TEXTS.text("text.tooLong", NOTE_MAX));
    checks.check(StorableText.isStorable(r.reason()), "reason", TEXTS.text("text.unstorable"));
    checks.check(
        StorableText.isStorable(r.noteToAthlete()), "noteToAthlete", TEXTS.text("text.unstorable"));
    AssignmentChecks.check(checks, "assign", r.assign());
    checks.orThrow();
    return decision;
  }

  static Level overrideLevel(ReviewRequest r) {
    return parse(Level.class, r.overrideLevel());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (isBlank(text)) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(text.strip()))
        .findFirst()
        .orElse(null);
  }

  private static String names(Enum<?>[] values) {
    return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
