package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void theDecoySpendsAFullDerivationAndNoPasswordMatchesIt() {
    String[] real = hasher.hash("any").split("\\$");
    String[] decoy = PasswordHasher.DECOY.split("\\$");

    assertEquals(real[0] + "$" + real[1], decoy[0] + "$" + decoy[1]);
    assertEquals(real[2].length(), decoy[2].length(), "a salt of the same size");
    assertEquals(real[3].length(), decoy[3].length(), "a derived key of the same size");
    assertFalse(hasher.verify("", PasswordHasher.DECOY));
    assertFalse(hasher.verify("decoy-password-never-used", PasswordHasher.DECOY));
  }
}
