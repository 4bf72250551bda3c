package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDistinctCodesOfTenCharactersInTwoGroups() {
    List<String> codes = RecoveryCodes.generate();
    assertEquals(RecoveryCodes.COUNT, codes.size());
    assertEquals(RecoveryCodes.COUNT, new HashSet<>(codes).size());
    codes.forEach(code -> assertTrue(code.matches("[a-z2-7]{5}-[a-z2-7]{5}"), code));
  }

  @Test
  void aTypedCodeMatchesWhateverItsCaseBlanksAndHyphen() {
    String code = RecoveryCodes.generate().get(0);
    String typed = " " + code.toUpperCase().replace("-", " ") + " ";
    assertEquals(
        RecoveryCodes.hash(RecoveryCodes.normalize(code)),
        RecoveryCodes.hash(RecoveryCodes.normalize(typed)));
  }

  @Test
  void sixDigitsAreNotARecoveryCode() {
    assertNull(RecoveryCodes.normalize("123456"));
  }
}
