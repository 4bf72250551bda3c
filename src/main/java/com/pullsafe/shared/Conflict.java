package com.pullsafe.shared;

import com.pullsafe.shared.InvalidInput.FieldError;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** The request clashes with the stored state (a duplicate, or a concurrent change). */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

  private final List<FieldError> errors;

  public Conflict(String message) {
    this(message, List.of());
  }

  /** A clash that lies in these fields. */
  public Conflict(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** The fields that clash; empty when the clash is not one field's. */
  public List<FieldError> errors() {
    return errors;
  }
}
