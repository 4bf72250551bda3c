package com.pullsafe.roster;

import com.pullsafe.shared.InvalidInput.FieldError;
import java.io.Serializable;
import java.util.List;

/**
 * One line of an invitation list as the preview shows it: its line number in the file, what it
 * says, and what is wrong with it (empty: it can be sent). {@code coach} is the coach's e-mail.
 */
public record InvitationRow(
    int line, String name, String email, String role, String coach, List<Problem> problems)
    implements Serializable {

  /** What is wrong with one field of the row. */
  public record Problem(String field, String message) implements Serializable {
    static Problem of(FieldError error) {
      return new Problem(error.field(), error.message());
    }
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
