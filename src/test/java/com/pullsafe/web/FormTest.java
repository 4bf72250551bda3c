package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {

  private static final Form REVIEW =
      Form.of("review")
          .input("noteToAthlete", "note")
          .rows("assign", "assignments", List.of(3, 7), Map.of("alternative", "selected"));

  @Test
  void aFieldsInputIsNamedLikeTheFieldInsideTheForm() {
    assertEquals("review:reason", REVIEW.clientId("reason"));
    assertFalse(REVIEW.inRow("reason"));
  }

  @Test
  void aRenamedInputIsFoundByItsOwnName() {
    assertEquals("review:note", REVIEW.clientId("noteToAthlete"));
  }

  @Test
  void aListElementsFieldIsTheInputOfTheRowThatShowsTheElement() {
    assertEquals("review:assignments:7:sets", REVIEW.clientId("assign[1].sets"));
    assertTrue(REVIEW.inRow("assign[1].sets"));
  }

  @Test
  void aRenamedInputOfARowIsFoundByItsOwnName() {
    assertEquals("review:assignments:3:selected", REVIEW.clientId("assign[0].alternative"));
  }

  @Test
  void theListItselfAndElementsWithoutARowAreNotInARow() {
    for (String field : List.of("assign", "assign[0]", "assign[2].sets", "other[0].sets")) {
      assertFalse(REVIEW.inRow(field), field);
      assertEquals("review:" + field, REVIEW.clientId(field));
    }
  }

  @Test
  void aConflictIsShownGloballyUnlessTheFormNamesItsField() {
    assertTrue(REVIEW.conflictField().isEmpty());
    Form report = Form.of("report").conflictNextTo("week");
    assertEquals("week", report.conflictField().orElseThrow());
    assertEquals("report:week", report.clientId(report.conflictField().orElseThrow()));
  }

  @Test
  void aConflictsOwnMessageIsShownOnlyWhereTheFormAsksForIt() {
    assertFalse(REVIEW.isConflictMessageShown());
    assertTrue(REVIEW.conflictMessageShown().isConflictMessageShown());
  }
}
