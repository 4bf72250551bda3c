package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void theRightPasswordVerifiesAndAWrongOneDoesNot() {
    String stored = hasher.hash("correct horse battery");

    assertTrue(hasher.verify("correct horse battery", stored));
    assertFalse(hasher.verify("correct horse batterY", stored));
  }

  @Test
  void hashesUsePbkdf2Sha256AtSixHundredThousandIterationsWithARandomSalt() {
    String first = hasher.hash("same password");
    String second = hasher.hash("same password");

    assertTrue(first.startsWith("pbkdf2-sha256$600000$"), first);
    assertNotEquals(first, second);
  }

  @Test
  void malformedStoredValuesNeverVerify() {
    assertFalse(hasher.verify("x", null));
    assertFalse(hasher.verify("x", "plain-text"));
    assertFalse(hasher.verify(null, hasher.hash("x")));
  }

  @Test
  void aPasswordLongerThanAnyAccountsNeverVerifies() {
    String tooLong = "p".repeat(UserAccount.PASSWORD_MAX + 1);

    assertFalse(hasher.verify(tooLong, hasher.hash(tooLong)));
  }
}
