package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock two-factor codes are checked against; tests of the classes using it pass their own. */
@ApplicationScoped
public class SystemClock {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
