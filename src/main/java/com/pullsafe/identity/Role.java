package com.pullsafe.identity;

/** What a user may do; also the security role (group) name. */
public enum Role {
  PLATFORM_ADMIN("/platform/index.xhtml"),
  TENANT_ADMIN("/admin/index.xhtml"),
  COACH("/coach/index.xhtml"),
  ATHLETE("/athlete/index.xhtml");

  public static final String PLATFORM_ADMIN_NAME = "PLATFORM_ADMIN";
  public static final String TENANT_ADMIN_NAME = "TENANT_ADMIN";
  public static final String COACH_NAME = "COACH";
  public static final String ATHLETE_NAME = "ATHLETE";

  private final String startPage;

  Role(String startPage) {
    this.startPage = startPage;
  }

  /** The page this role lands on after signing in. */
  public String startPage() {
    return startPage;
  }

  public boolean belongsToTenant() {
    return this != PLATFORM_ADMIN;
  }
}
