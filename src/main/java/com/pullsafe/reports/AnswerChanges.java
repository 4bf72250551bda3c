package com.pullsafe.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which answers of a weekly report differ between two versions (domain brief, "Amending a report":
 * the coach sees the versions side by side with what changed). Every answer of {@link NewReport}
 * counts, so an answer added later is compared without a change here; an absent yes/no answer is
 * the same as no, and 100 kg the same as 100.0 kg.
 */
public final class AnswerChanges {

  private static final List<RecordComponent> ANSWERS =
      Arrays.stream(NewReport.class.getRecordComponents())
          .filter(c -> !c.getName().equals("week"))
          .toList();

  private AnswerChanges() {}

  /** The names of the answers that differ, in the order of the report's fields. */
  public static List<String> between(NewReport before, NewReport after) {
    return ANSWERS.stream()
        .filter(answer -> !same(value(answer, before), value(answer, after)))
        .map(RecordComponent::getName)
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

  private static Object value(RecordComponent answer, NewReport report) {
    try {
      return answer.getAccessor().invoke(report);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + answer.getName(), e);
    }
  }
}
