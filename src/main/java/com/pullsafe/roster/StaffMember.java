package com.pullsafe.roster;

import com.pullsafe.identity.UserAccount;

/**
 * A coach or a tenant admin as the tenant admin's lists show them.
 *
 * @param id the coach's id for a coach, the account's id for a tenant admin
 * @param active false while deactivated: cannot sign in, tokens do not work
 */
public record StaffMember(long id, String email, String displayName, boolean active) {

  static StaffMember of(Coach coach) {
    return new StaffMember(
        coach.getId(),
        coach.getAccount().getEmail(),
        coach.getDisplayName(),
        coach.getAccount().isActive());
  }

  static StaffMember of(UserAccount admin) {
    return new StaffMember(
        admin.getId(), admin.getEmail(), admin.getDisplayName(), admin.isActive());
  }
}
