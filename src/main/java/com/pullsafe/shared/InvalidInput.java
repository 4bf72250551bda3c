package com.pullsafe.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input refused: each error names the field and says what is wrong. Nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

  /** One refused field. */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super(
        errors.isEmpty()
            ? "Invalid input"
            : errors.get(0).field() + ": " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
