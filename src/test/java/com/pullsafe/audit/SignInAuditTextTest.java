package com.pullsafe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.identity.ApiRefusal;
import com.pullsafe.identity.KnownAccount;
import com.pullsafe.identity.LoginThrottle;
import com.pullsafe.identity.PasswordCheck;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.SignInEvent;
import com.pullsafe.shared.Bundle;
import org.junit.jupiter.api.Test;

/** The audit trail and the API say in words what happened at sign-in. */
class SignInAuditTextTest {

  private static final KnownAccount MIA =
      new KnownAccount(7, "mia@demo.test", "Mia Novak", Role.ATHLETE, 1L);

  @Test
  void aSignInSaysWhereAndFromWhichAddress() {
    assertEquals(
        "Signed in on the sign-in page from 192.0.2.4.",
        SignInAuditor.detail(event(SignInEvent.Kind.SIGNED_IN, SignInEvent.Channel.PAGE, null)));
  }

  @Test
  void aFailureSaysWhyWithoutTellingTheCaller() {
    assertEquals(
        "Wrong password to the API (HTTP Basic) from 192.0.2.4.",
        SignInAuditor.detail(
            event(
                SignInEvent.Kind.FAILED,
                SignInEvent.Channel.API,
                PasswordCheck.Outcome.WRONG_PASSWORD)));
    assertEquals(
        "Refused on the sign-in page from 192.0.2.4: the account is deactivated.",
        SignInAuditor.detail(
            event(
                SignInEvent.Kind.FAILED,
                SignInEvent.Channel.PAGE,
                PasswordCheck.Outcome.ACCOUNT_INACTIVE)));
    assertEquals(
        "Refused to the API (HTTP Basic) from 192.0.2.4: the organisation is suspended.",
        SignInAuditor.detail(
            event(
                SignInEvent.Kind.FAILED,
                SignInEvent.Channel.API,
                PasswordCheck.Outcome.TENANT_SUSPENDED)));
  }

  @Test
  void basicRefusedForWantOfASecondFactorSaysThePasswordWasRight() {
    assertEquals(
        "Refused to the API (HTTP Basic) from 192.0.2.4: the password was right, but the account"
            + " signs in with a second factor, which HTTP Basic cannot carry.",
        SignInAuditor.detail(
            event(SignInEvent.Kind.SECOND_FACTOR_REQUIRED, SignInEvent.Channel.API, null)));
  }

  @Test
  void throttlingSaysForHowLongAndWhy() {
    for (LoginThrottle.Scope scope : LoginThrottle.Scope.values()) {
      SignInEvent throttled =
          new SignInEvent(
              SignInEvent.Kind.THROTTLED,
              SignInEvent.Channel.API,
              "mia@demo.test",
              "192.0.2.4",
              null,
              null,
              scope,
              40);
      String detail = SignInAuditor.detail(throttled);
      assertTrue(
          detail.startsWith(
              "Sign-ins to the API (HTTP Basic) from 192.0.2.4 refused for 40 seconds"),
          detail);
    }
  }

  @Test
  void everyApiRefusalHasATitleAndADetail() {
    Bundle texts = Bundle.of("com.pullsafe.identity.SignInMessages", SignInAuditTextTest.class);
    for (ApiRefusal.Kind kind : ApiRefusal.Kind.values()) {
      assertTrue(texts.has("api." + kind + ".title"), kind + " title");
      assertTrue(texts.has("api." + kind + ".detail"), kind + " detail");
    }
    assertEquals(
        "Your organisation's access to PullSafe is suspended. Ask your coaching business or the"
            + " PullSafe administrators to reactivate it.",
        texts.text("api.TENANT_SUSPENDED.detail", 0));
  }

  private static SignInEvent event(
      SignInEvent.Kind kind, SignInEvent.Channel channel, PasswordCheck.Outcome outcome) {
    return new SignInEvent(kind, channel, "mia@demo.test", "192.0.2.4", MIA, outcome, null, 0);
  }
}
