package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down guessing of second-factor codes, per account and per address, with the same policy as
 * password guessing but in ledgers of its own: after a few wrong codes each further attempt waits
 * longer, so the million six-digit codes cannot be tried in a code's lifetime.
 */
@ApplicationScoped
public class SecondFactorThrottle {

  private final LoginThrottle ledgers = new LoginThrottle();

  LoginThrottle.Attempt begin(long accountId, String address) {
    return ledgers.begin("second-factor#" + accountId, address);
  }
}
