package com.pullsafe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check itself, on answers made up to break the checked-in document in one way. */
class OpenApiContractTest {

  private static final String QUEUE = "/api/v1/reports";
  private static final String ENTRY =
      "{\"id\":42,\"athleteId\":7,\"athleteName\":\"Lea Novak\",\"week\":\"2026-W47\","
          + "\"level\":\"RED\",\"reviewStatus\":\"OPEN\",\"submittedAt\":\"2026-11-20T08:15:00Z\","
          + "\"awaitingClearance\":true}";

  private final OpenApiContract contract = OpenApiContract.checkedIn();

  private List<String> queueAnswer(String entry) {
    return contract.violations(
        "GET",
        QUEUE,
        200,
        "application/json",
        "{\"items\":[" + entry + "],\"total\":1,\"page\":0,\"size\":50}");
  }

  @Test
  void aDocumentedAnswerPasses() {
    assertEquals(List.of(), queueAnswer(ENTRY));
  }

  @Test
  void aFieldTheDocumentDoesNotNameFails() {
    List<String> violations = queueAnswer(ENTRY.replace("}", ",\"secret\":\"x\"}"));

    assertTrue(violations.toString().contains("secret"), violations.toString());
  }

  @Test
  void aMissingRequiredFieldFails() {
    List<String> violations = queueAnswer(ENTRY.replace("\"athleteId\":7,", ""));

    assertTrue(violations.toString().contains("athleteId"), violations.toString());
  }

  @Test
  void aValueOfTheWrongTypeFails() {
    List<String> violations = queueAnswer(ENTRY.replace("\"RED\"", "\"PURPLE\""));

    assertEquals(1, violations.size(), violations.toString());
  }

  @Test
  void anUndocumentedStatusFails() {
    List<String> violations =
        contract.violations("GET", QUEUE, 418, "application/problem+json", "{}");

    assertTrue(violations.toString().contains("418"), violations.toString());
  }

  @Test
  void aProblemMustCarryItsRequiredFields() {
    List<String> violations =
        contract.violations(
            "GET", QUEUE, 403, "application/problem+json", "{\"detail\":\"no status\"}");

    assertTrue(violations.toString().contains("status"), violations.toString());
  }
}
