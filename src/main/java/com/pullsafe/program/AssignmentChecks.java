package com.pullsafe.program;

import com.pullsafe.platform.Bundle;
import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.NumberBounds;
import com.pullsafe.platform.StorableText;
import com.pullsafe.programming.Alternative;
import com.pullsafe.programming.Dose;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Checks assignments field by field, naming each as {@code assign[i].field}; plain Java. */
public final class AssignmentChecks {

  public static final int MAX_ASSIGNMENTS = 20;
  public static final int SETS_MAX = 20;

  /** The most reps a set may hold; seconds and minutes have their own bound ({@link Dose.Unit}). */
  public static final int REPS_MAX = Dose.Unit.REPS.max();

  public static final BigDecimal LOAD_MAX_KG = new BigDecimal("1000");
  public static final int TEMPO_MAX = 20;

  static final Bundle TEXTS =
      Bundle.of("com.pullsafe.program.ProgramMessages", AssignmentChecks.class);

  private AssignmentChecks() {}

  public static void check(FieldChecks checks, String field, List<NewAssignment> assignments) {
    if (assignments == null) {
      return;
    }
    checks.check(
        assignments.size() <= MAX_ASSIGNMENTS,
        field,
        TEXTS.text("assign.tooMany", MAX_ASSIGNMENTS));
    for (int i = 0; i < assignments.size() && i < MAX_ASSIGNMENTS; i++) {
      String at = field + "[" + i + "].";
      NewAssignment a = assignments.get(i);
      if (a == null) {
        checks.check(false, field + "[" + i + "]", TEXTS.text("field.required"));
        continue;
      }
      Alternative alternative = parse(a.alternative());
      checks.check(
          alternative != null,
          at + "alternative",
          TEXTS.text(
              "alternative.unknown",
              String.join(", ", Arrays.stream(Alternative.values()).map(Enum::name).toList())));
      checks.check(
          a.sets() != null && a.sets() >= 1 && a.sets() <= SETS_MAX,
          at + "sets",
          TEXTS.text("number.range", 1, SETS_MAX));
      int most = alternative == null ? REPS_MAX : alternative.dose().unit().max();
      checks.check(
          a.reps() != null && a.reps() >= 1 && a.reps() <= most,
          at + "reps",
          TEXTS.text("number.range", 1, most));
      load(checks, at + "loadKg", a.loadKg());
      checks.check(
          a.tempo() == null || a.tempo().strip().length() <= TEMPO_MAX,
          at + "tempo",
          TEXTS.text("text.tooLong", TEMPO_MAX));
      checks.check(StorableText.isStorable(a.tempo()), at + "tempo", TEXTS.text("text.unstorable"));
    }
  }

  private static void load(FieldChecks checks, String field, BigDecimal load) {
    if (!NumberBounds.hasFewDigits(load)) {
      checks.check(false, field, TEXTS.text("number.tooLong", NumberBounds.MAX_CHARS));
      return;
    }
    checks.check(
        load == null
            || (load.signum() > 0
                && load.compareTo(LOAD_MAX_KG) <= 0
                && NumberBounds.hasAtMostDecimals(load, 2)),
        field,
        TEXTS.text("loadKg.range", LOAD_MAX_KG));
  }

  /** The catalog entry of a code, or null when there is none. */
  static Alternative parse(String code) {
    if (code == null) {
      return null;
    }
    for (Alternative a : Alternative.values()) {
      if (a.name().equals(code.trim())) {
        return a;
      }
    }
    return null;
  }
}
