package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the stateless {@link PasswordHasher} injectable. */
@ApplicationScoped
class PasswordHasherProducer {

  private final PasswordHasher hasher = new PasswordHasher();

  @Produces
  PasswordHasher hasher() {
    return hasher;
  }
}
