package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.Violations;
import com.pullsafe.startup.DemoData;
import com.pullsafe.testing.TestValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @AcceptablePassword(field = "newPassword")
  record PasswordChoice(String login, String password) implements NewCredentials {}

  private static final String EMAIL = "coach.ana@demo.test";
  private static final PasswordPolicy POLICY = PasswordPolicy.standard();

  private static Optional<String> problem(String password) {
    return POLICY.problem(password, EMAIL);
  }

  @Test
  void aLongUnusualPassphraseIsAccepted() {
    assertEquals(Optional.empty(), problem("river tulip anchor 2026"));
  }

  @Test
  void noCompositionIsRequired() {
    assertEquals(Optional.empty(), problem("lowercaselettersonlyhere"));
    assertEquals(Optional.empty(), problem("9183640275318"));
  }

  @Test
  void nineCharactersAreTooShortAndTenAreEnough() {
    assertEquals(Optional.of("must be at least 10 characters"), problem("kq7-wz3pm"));
    assertEquals(Optional.empty(), problem("kq7-wz3pmx"));
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    String fiveEmoji = "\uD83C\uDFCB".repeat(5);

    assertEquals(10, fiveEmoji.length());
    assertEquals(Optional.of("must be at least 10 characters"), problem(fiveEmoji));
  }

  @Test
  void moreThanTwoHundredCharactersAreTooLong() {
    assertEquals(Optional.empty(), problem("wq3x" + "river tulip ".repeat(16)));
    assertEquals(Optional.of("must be at most 200 characters"), problem("river tulip ".repeat(17)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"password123", "PASSWORD123", "Qwertyuiop", "1q2w3e4r5t6y", "iloveyou123"})
  void aCommonPasswordIsRefusedWhateverItsCase(String password) {
    assertEquals(
        Optional.of(
            "is one of the most common passwords; choose a less predictable one, such as a few"
                + " unrelated words"),
        problem(password));
  }

  @Test
  void theShippedListHoldsTensOfThousandsOfPasswords() throws IOException {
    try (var list = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      Set<String> passwords = PasswordPolicy.read(list);
      assertTrue(passwords.size() > 40_000, passwords.size() + " passwords");
      assertTrue(passwords.contains("password"));
    }
  }

  @Test
  void aPasswordOnlyInAnotherListIsAccepted() throws IOException {
    PasswordPolicy policy =
        new PasswordPolicy(
            PasswordPolicy.read(
                new ByteArrayInputStream(
                    "Correct-Horse-Battery\n".getBytes(StandardCharsets.UTF_8))));

    assertTrue(policy.problem("correct-horse-battery", EMAIL).isPresent());
    assertEquals(Optional.empty(), policy.problem("password123", EMAIL));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"zzzzzzzzzzzz", "ababababababa", "x7!qx7!qx7!q", "bcdefghijklm", "lkjihgfedcba"})
  void aRepeatedOrSequentialPatternIsRefused(String password) {
    assertEquals(
        Optional.of("is a repeated or sequential pattern; choose a less predictable one"),
        problem(password));
  }

  @Test
  void thePartOfTheEmailBeforeTheAtMayNotBeTheWholePasswordOrInIt() {
    String message = "must not contain the part of the e-mail address before the @";

    assertEquals(Optional.of(message), POLICY.problem("coach.anastasia", "coach.anastasia@x.test"));
    assertEquals(Optional.of(message), problem("my-COACH.ANA-secret"));
    assertEquals(Optional.empty(), problem("coach-ana-but-not-quite"));
  }

  @Test
  void aVeryShortLocalPartCountsOnlyAsTheWholePassword() {
    assertEquals(Optional.empty(), POLICY.problem("jo-lifts-heavy-2026", "jo@demo.test"));
    assertEquals(Optional.empty(), POLICY.problem("river tulip anchor", null));
  }

  @Test
  void theNameOfTheServiceIsRefused() {
    assertEquals(Optional.of("must not contain the name PullSafe"), problem("my PullSafe login 7"));
  }

  @Test
  void aMissingPasswordIsTooShort() {
    assertEquals(Optional.of("must be at least 10 characters"), problem(null));
  }

  @Test
  void aRefusalNamesTheField() {
    PasswordChoice choice = new PasswordChoice(EMAIL, "password123");

    InvalidInput refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInput.class, () -> Violations.requireValid(TestValidator.get(), choice));
    assertEquals(List.of("newPassword"), refused.errors().stream().map(e -> e.field()).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo-pass-2026",
        "platform-pass-2026",
        "a-long-secret-2026",
        "it-secret-2026",
        "runner-pass-2026",
        "clearance-pass-2026",
        "coachless-pass-2026",
        "other-pass-2026"
      })
  void thePasswordsOfTheDemoAndTheTestsPass(String password) {
    assertEquals(Optional.empty(), POLICY.problem(password, "admin@portal.test"));
  }

  @Test
  void theFormerLocalBootstrapPasswordWouldBeRefusedForItsEmail() {
    assertEquals(
        Optional.of("must not contain the part of the e-mail address before the @"),
        POLICY.problem("admin-pass-2026", "admin@portal.test"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "admin@demo.test",
        "coach.ana@demo.test",
        "coach.ben@demo.test",
        "mia@demo.test",
        "noah@demo.test",
        "lea@demo.test",
        "omar@demo.test",
        "sara@demo.test",
        "tom@demo.test"
      })
  void theDemoPasswordPassesForEveryDemoLogin(String email) {
    assertEquals(Optional.empty(), POLICY.problem(DemoData.PASSWORD, email));
  }
}
