package com.pullsafe.web;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.NumberBounds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the numbers of one form as people type them: a decimal comma is a decimal point ("152,5" is
 * 152.5), blanks are absent. What cannot be read is kept as a field error, so that the form reports
 * it together with everything else that is wrong instead of one round at a time. Text longer than
 * any number needs is refused before it is read (see {@link NumberBounds}).
 */
public final class FormNumbers {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

  private final Texts texts;
  private final List<FieldError> unreadable = new ArrayList<>();

  public FormNumbers(Texts texts) {
    this.texts = texts;
  }

  /** The decimal typed for {@code field}; null when blank, too long or unreadable. */
  public BigDecimal decimal(String field, String typed) {
    if (isBlank(typed)) {
      return null;
    }
    String text = typed.strip();
    if (!NumberBounds.isShortEnough(text)) {
      unreadable.add(tooLong(field));
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      unreadable.add(new FieldError(field, texts.get("field.notANumber")));
      return null;
    }
    return new BigDecimal(text.replace(',', '.'));
  }

  /** The whole number typed for {@code field}; null when blank, too long or unreadable. */
  public Integer whole(String field, String typed) {
    if (isBlank(typed)) {
      return null;
    }
    String text = typed.strip();
    if (!NumberBounds.isShortEnough(text)) {
      unreadable.add(tooLong(field));
      return null;
    }
    if (!WHOLE.matcher(text).matches()) {
      unreadable.add(new FieldError(field, texts.get("field.notAWholeNumber")));
      return null;
    }
    return Integer.valueOf(text);
  }

  private FieldError tooLong(String field) {
    return new FieldError(field, texts.get("field.numberTooLong", NumberBounds.MAX_CHARS));
  }

  /**
   * Throws {@link InvalidInput} with every error of the form when a number could not be read: the
   * unreadable fields and what {@code check} refuses of the rest (its complaints about the
   * unreadable fields themselves are dropped). Does nothing when every number was read; the service
   * then checks and stores as usual.
   */
  public void orThrow(Runnable check) {
    if (unreadable.isEmpty()) {
      return;
    }
    List<FieldError> errors = new ArrayList<>(unreadable);
    Set<String> fields = new HashSet<>();
    unreadable.forEach(e -> fields.add(e.field()));
    try {
      check.run();
    } catch (InvalidInput refused) {
      refused.errors().stream().filter(e -> !fields.contains(e.field())).forEach(errors::add);
    }
    throw new InvalidInput(errors);
  }

  /** A stored number as a form shows it: 147.5, 150. */
  public static String shown(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  public static String shown(Integer value) {
    return value == null ? null : value.toString();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
