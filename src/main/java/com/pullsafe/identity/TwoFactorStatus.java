package com.pullsafe.identity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A user's two-factor sign-in as their profile shows it.
 *
 * @param enrolledAt when the authenticator was confirmed; null without one
 * @param required whether the user must use one (platform admins; staff of a tenant requiring it)
 */
public record TwoFactorStatus(Instant enrolledAt, long recoveryCodesLeft, boolean required)
    implements Serializable {

  public boolean enrolled() {
    return enrolledAt != null;
  }
}
