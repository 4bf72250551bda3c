package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScriptNonceCheckTest {

  @Test
  void aNonceAsPrimeFacesMakesItIsWellFormed() {
    String nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

    assertTrue(ScriptNonceCheck.isWellFormed(nonce));
  }

  @Test
  void missingGarbledOrOverlongNoncesAreNot() {
    assertFalse(ScriptNonceCheck.isWellFormed(null));
    assertFalse(ScriptNonceCheck.isWellFormed(""));
    assertFalse(ScriptNonceCheck.isWellFormed("abc"));
    assertFalse(ScriptNonceCheck.isWellFormed("%%%"));
    assertFalse(
        ScriptNonceCheck.isWellFormed(
            Base64.getEncoder().encodeToString("not a uuid".getBytes(StandardCharsets.UTF_8))));
    assertFalse(ScriptNonceCheck.isWellFormed("QUFB".repeat(100)));
  }
}
