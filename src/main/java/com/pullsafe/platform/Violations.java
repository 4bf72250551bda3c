package com.pullsafe.platform;

import com.pullsafe.platform.InvalidInput.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The one way Jakarta Validation's verdict becomes {@link InvalidInput}: each violation names its
 * field by property path ({@code topSetKg}, {@code assign[0].sets}) with the bundle's message, so
 * the API answers problem details and the pages show the message next to the field, alike.
 */
public final class Violations {

  private Violations() {}

  /** Refuses {@code value} with every violation at once; returns it when it is valid. */
  public static <T> T requireValid(Validator validator, T value, Class<?>... groups) {
    List<FieldError> errors = fieldErrors(validator.validate(value, groups));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return value;
  }

  /** The violations as field errors, ordered by field so answers are stable. */
  public static <T> List<FieldError> fieldErrors(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
        .toList();
  }
}
