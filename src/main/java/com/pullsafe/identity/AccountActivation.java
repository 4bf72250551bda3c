package com.pullsafe.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/**
 * Deactivates and reactivates accounts whose owner the caller manages: a deactivated account cannot
 * sign in, and neither its sessions nor its tokens work, until it is reactivated. Callers (the
 * roster) have found the account through their own tenant's rows and checked their right to change
 * it.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class AccountActivation {

  public void deactivate(UserAccount account) {
    account.deactivate();
  }

  public void reactivate(UserAccount account) {
    account.reactivate();
  }
}
