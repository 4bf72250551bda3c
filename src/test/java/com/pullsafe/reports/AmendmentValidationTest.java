package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.testing.TestValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the validator refuses beyond ranges: the wrong week for an amendment, unstorable text. */
class AmendmentValidationTest {

  private static final IsoWeek LATEST = IsoWeek.parse("2026-W47");

  private static List<InvalidInput.FieldError> refused(ReportValidator validator, NewReport r) {
    return assertThrows(InvalidInput.class, () -> validator.validate(r)).errors();
  }

  @Test
  void anAmendmentKeepsTheReportsWeek() {
    ReportValidator amending =
        new ReportValidator(TestValidator.get(), LATEST).amending(IsoWeek.parse("2026-W46"));

    assertEquals(
        IsoWeek.parse("2026-W46"),
        amending.validate(NewReport.builder("2026-W46").walking(100).build()).week());
    for (String other : List.of("2026-W45", "2026-W47", "2026-W48")) {
      List<InvalidInput.FieldError> errors =
          refused(amending, NewReport.builder(other).walking(100).build());
      assertEquals(List.of("week"), errors.stream().map(InvalidInput.FieldError::field).toList());
      assertTrue(errors.get(0).message().contains("2026-W46"), errors.get(0).message());
    }
  }

  @Test
  void anAmendmentIsCheckedLikeANewReport() {
    ReportValidator amending = new ReportValidator(TestValidator.get(), LATEST).amending(LATEST);

    assertEquals(
        List.of("painScore", "walkingMinutesPerDay"),
        refused(amending, NewReport.builder("2026-W47").painScore(11).walking(null).build())
            .stream()
            .map(InvalidInput.FieldError::field)
            .toList());
  }

  @Test
  void notesWithACharacterPostgreSqlCannotStoreAreRefusedNamingNotes() {
    ReportValidator validator = new ReportValidator(TestValidator.get(), LATEST);

    for (String notes : List.of("numb\u0000", "broken \uD83D")) {
      assertEquals(
          List.of("notes"),
          refused(validator, NewReport.builder("2026-W47").walking(100).notes(notes).build())
              .stream()
              .map(InvalidInput.FieldError::field)
              .toList());
    }
    validator.validate(NewReport.builder("2026-W47").walking(100).notes("ok \uD83D\uDE00").build());
  }
}
