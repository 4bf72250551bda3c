package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignInInputTest {

  @Test
  void anOrdinaryLoginAndPasswordAreChecked() {
    assertTrue(SignInInput.isPlausible("Mia@Demo.test ", "demo-pass-2026"));
  }

  @Test
  void aLoginWithANulOrAnotherControlCharacterIsNeverLookedUp() {
    assertFalse(SignInInput.isPlausible("a\u0000b", "password-123"));
    assertFalse(SignInInput.isPlausible("a\nb@demo.test", "password-123"));
    assertFalse(SignInInput.isPlausible("a\u202eb@demo.test", "password-123"));
  }

  @Test
  void aLoginLongerThanAnyEmailIsNeverLookedUp() {
    String longest = "a".repeat(UserAccount.EMAIL_MAX - 10) + "@demo.test";
    assertTrue(SignInInput.isPlausible(longest, "password-123"));
    assertFalse(SignInInput.isPlausible("x" + longest, "password-123"));
  }

  @Test
  void aPasswordLongerThanAnyAccountsIsNeverHashed() {
    assertTrue(SignInInput.isPlausible("ana@demo.test", "p".repeat(UserAccount.PASSWORD_MAX)));
    assertFalse(SignInInput.isPlausible("ana@demo.test", "p".repeat(UserAccount.PASSWORD_MAX + 1)));
  }

  @Test
  void blankOrMissingCredentialsAreNeverChecked() {
    assertFalse(SignInInput.isPlausible(" ", "password-123"));
    assertFalse(SignInInput.isPlausible(null, "password-123"));
    assertFalse(SignInInput.isPlausible("ana@demo.test", ""));
    assertFalse(SignInInput.isPlausible("ana@demo.test", null));
  }

  @Test
  void aLoginIsLoggedWithItsControlCharactersAndQuotesEscaped() {
    assertEquals("a\\u0000b\\\"c\\u000a", SignInInput.printable("a\u0000b\"c\n"));
  }

  @Test
  void basicCredentialsAreSplitAtTheFirstColon() {
    assertArrayEquals(
        new String[] {"mia@demo.test", "pass:word"},
        PullSafeAuthenticationMechanism.decodeBasic(base64("mia@demo.test:pass:word")));
  }

  @Test
  void basicCredentialsThatAreNotBase64OfUtf8WithALoginAreRefused() {
    assertEquals(0, PullSafeAuthenticationMechanism.decodeBasic("not base64!").length);
    assertEquals(0, PullSafeAuthenticationMechanism.decodeBasic(base64(":password")).length);
    assertEquals(0, PullSafeAuthenticationMechanism.decodeBasic(base64("no-colon")).length);
    String latin1 =
        Base64.getEncoder()
            .encodeToString("m\u00e9@demo.test:pw".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(0, PullSafeAuthenticationMechanism.decodeBasic(latin1).length);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
