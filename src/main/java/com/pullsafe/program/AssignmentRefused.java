package com.pullsafe.program;

import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.InvalidInput.FieldError;
import java.util.List;

/**
 * Assignments refused by a programming rule because of the athlete's state, not because of bad
 * input: the rule's name, and each refused field with why. Nothing was stored.
 */
public class AssignmentRefused extends Conflict {

  private final String rule;
  private final List<FieldError> errors;

  public AssignmentRefused(String rule, String message, List<FieldError> errors) {
    super(message);
    this.rule = rule;
    this.errors = List.copyOf(errors);
  }

  public String rule() {
    return rule;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
