package com.pullsafe.identity;

/** The signed-in user as the API and the page header show them. */
public record MeView(Long id, String email, String displayName, Role role, TenantRef tenant) {

  /** The user's tenant; absent for platform admins. */
  public record TenantRef(String slug, String name) {}
}
