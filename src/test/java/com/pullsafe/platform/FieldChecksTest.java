package com.pullsafe.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts the services take by {@link FieldChecks} never reach PostgreSQL unstorable (issue 11). */
class FieldChecksTest {

  private static List<String> refused(FieldChecks checks) {
    return assertThrows(InvalidInput.class, checks::orThrow).errors().stream()
        .map(e -> e.field() + ": " + e.message())
        .toList();
  }

  @Test
  void aRequiredTextWithUPlus0000IsRefusedNamingItsField() {
    assertEquals(
        List.of("name: " + StorableText.REFUSAL),
        refused(new FieldChecks().required("name", "phone\u0000", 80)));
  }

  @Test
  void anEmailWithALoneSurrogateIsRefusedOnceNamingItsField() {
    assertEquals(
        List.of("email: " + StorableText.REFUSAL),
        refused(new FieldChecks().email("email", "mia\uD83D@demo.test", 254)));
  }

  @Test
  void storableTextPasses() {
    new FieldChecks()
        .required("name", "Mia's phone \uD83D\uDCF1", 80)
        .email("email", "mia@demo.test", 254)
        .orThrow();
  }
}
