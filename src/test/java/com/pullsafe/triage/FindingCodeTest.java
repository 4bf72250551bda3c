package com.pullsafe.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingCodeTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "SERIOUS_PATHOLOGY_SIGNS, URGENT",
    "MEDICAL_RED_FLAG, RED",
    "DISC_IRRITATION, RED",
    "ERECTOR_STRAIN, AMBER",
    "POOR_BRACING, AMBER",
    "SETUP_FAULT, AMBER",
    "GLUTE_UNDERUSE, AMBER",
    "OVERLOAD_TOO_SOON, AMBER",
    "RECURRING_PAIN, AMBER",
    "DOMS, GREEN",
    "NOTES_MENTION_RED_FLAG, AMBER",
    "LOW_WALKING, GREEN"
  })
  void eachCodeHasTheLevelOfTheTriageTable(FindingCode code, Level level) {
    assertEquals(level, code.level());
  }
}
