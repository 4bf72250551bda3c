package com.pullsafe.reports;

import com.pullsafe.reports.answers.ReportAnswers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which answers of a weekly report differ between two versions (domain brief, "Amending a report":
 * the coach sees the versions side by side with what changed). Every answer of {@link
 * ReportAnswers} counts, so an answer added later is compared without a change here; an absent
 * yes/no answer is the same as no, and 100 kg the same as 100.0 kg.
 */
public final class AnswerChanges {

  private AnswerChanges() {}

  /** The names of the answers that differ, in the order of the report's fields. */
  public static List<String> between(ReportAnswers before, ReportAnswers after) {
    Map<String, Object> then = before.byName();
    Map<String, Object> now = after.byName();
    return ReportAnswers.NAMES.stream()
        .filter(answer -> !same(then.get(answer), now.get(answer)))
        .toList();
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(normal(a), normal(b));
  }

  private static Object normal(Object answer) {
    if (answer == null) {
      return null;
    }
    if (answer instanceof Boolean yes) {
      return yes ? Boolean.TRUE : null;
    }
    if (answer instanceof String text) {
      return text.isBlank() ? null : text.strip();
    }
    return answer;
  }
}
