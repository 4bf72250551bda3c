package com.pullsafe.identity;

import com.pullsafe.shared.Config;
import java.time.Duration;

/**
 * Why a one-time password link was sent: an invitation (the first password of a new account) or a
 * reset (a forgotten one). Each has its lifetime, configurable through {@link Config}.
 */
public enum PasswordLinkPurpose {
  INVITATION(Config.INVITATION_LINK_HOURS, Duration.ofHours(72)),
  RESET(Config.RESET_LINK_HOURS, Duration.ofHours(1));

  private static final long MAX_HOURS = 720;

  private final String setting;
  private final Duration defaultLifetime;

  PasswordLinkPurpose(String setting, Duration defaultLifetime) {
    this.setting = setting;
    this.defaultLifetime = defaultLifetime;
  }

  /** How long a link of this purpose works: the setting in hours (1 to 720), else the default. */
  public Duration lifetime() {
    return Config.positiveNumber(setting)
        .filter(hours -> hours <= MAX_HOURS)
        .map(Duration::ofHours)
        .orElse(defaultLifetime);
  }
}
