package com.pullsafe.identity;

import java.io.Serializable;

/**
 * An account a login names, as sign-in events and the audit trail need it.
 *
 * @param tenantId null for a platform admin
 */
public record KnownAccount(long id, String email, String displayName, Role role, Long tenantId)
    implements Serializable {

  static KnownAccount of(UserAccount account) {
    return new KnownAccount(
        account.getId(),
        account.getEmail(),
        account.getDisplayName(),
        account.getRole(),
        account.getTenant() == null ? null : account.getTenant().getId());
  }
}
