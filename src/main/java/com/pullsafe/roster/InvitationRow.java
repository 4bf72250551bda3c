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

  /**
   * The rows with the problems a refused {@link InvitationService#inviteAll} named for them (as
   * {@code rows[LINE].FIELD}) in place of those of the preview.
   */
  public static List<InvitationRow> refused(List<InvitationRow> rows, List<FieldError> errors) {
    return rows.stream()
        .map(
            row -> {
              String prefix = "rows[" + row.line() + "].";
              List<Problem> problems =
                  errors.stream()
                      .filter(e -> e.field().startsWith(prefix))
                      .map(e -> new Problem(e.field().substring(prefix.length()), e.message()))
                      .toList();
              return new InvitationRow(
                  row.line(), row.name(), row.email(), row.role(), row.coach(), problems);
            })
        .toList();
  }
}
