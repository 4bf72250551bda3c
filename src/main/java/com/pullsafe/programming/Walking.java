package com.pullsafe.programming;

/** Walking guidance; walking stays allowed whatever the triage level. */
public final class Walking {

  /** Default daily walking target of a tenant, in minutes (Haddadj et al., JAMA Netw Open 2025). */
  public static final int DEFAULT_TARGET_MINUTES_PER_DAY = 100;

  private Walking() {}
}
