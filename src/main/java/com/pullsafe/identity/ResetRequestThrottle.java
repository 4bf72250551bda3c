package com.pullsafe.identity;

import com.pullsafe.shared.WindowedBudget;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Bounds password-reset requests, in memory per node. By client address: {@value #PER_ADDRESS} per
 * {@link #WINDOW}, then the address waits (it may be told: that says nothing about any account). By
 * e-mail address: {@value #PER_LOGIN} per window, beyond which requests are answered as usual but
 * send no mail, so nobody's mailbox is flooded and the answer still reveals nothing.
 */
@ApplicationScoped
public class ResetRequestThrottle {

  static final int PER_ADDRESS = 20;
  static final int PER_LOGIN = 3;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final WindowedBudget byAddress;
  private final WindowedBudget byLogin;

  public ResetRequestThrottle() {
    this(Clock.systemUTC());
  }

  ResetRequestThrottle(Clock clock) {
    byAddress = new WindowedBudget(PER_ADDRESS, WINDOW, clock);
    byLogin = new WindowedBudget(PER_LOGIN, WINDOW, clock);
  }

  /** Counts a request from {@code address}; empty when it may go on, else how long to wait. */
  public Optional<Duration> refusalForAddress(String address) {
    return byAddress.spend(LoginThrottle.addressKey(address), 1);
  }

  /** Counts a request for {@code login}; false when no further mail should go to it for now. */
  public boolean mayMail(String login) {
    return byLogin.spend(LoginThrottle.loginKey(login), 1).isEmpty();
  }
}
