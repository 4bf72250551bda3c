package com.pullsafe.platform;

import com.pullsafe.platform.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the refusals of a domain rule that spans fields or needs what is stored (a reps bound
 * that depends on the exercise, a password that must differ from the current one), so every bad
 * field is reported at once. The shape of single fields is Jakarta Validation's business (see
 * {@link Violations}).
 */
public final class FieldChecks {

  private final List<FieldError> errors = new ArrayList<>();

  public FieldChecks check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** Throws {@link InvalidInput} listing every error found, if any. */
  public void orThrow() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
