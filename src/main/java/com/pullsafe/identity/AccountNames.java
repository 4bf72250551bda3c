package com.pullsafe.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/**
 * Renames accounts whose owner the caller manages, so the account shows the name the roster shows.
 * Callers (the roster) have found the account through their own tenant's rows and checked their
 * right to change it.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class AccountNames {

  public void rename(UserAccount account, String displayName) {
    account.rename(displayName);
  }
}
