package com.pullsafe.identity;

import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A signed-in user changes their own password: the current one first, then a long enough new one.
 */
@Stateless
@RolesAllowed({
  Role.PLATFORM_ADMIN_NAME,
  Role.TENANT_ADMIN_NAME,
  Role.COACH_NAME,
  Role.ATHLETE_NAME
})
public class PasswordChange {

  @Inject private Accounts accounts;
  @Inject private PasswordHasher hasher;
  @Resource private SessionContext session;

  public void change(String currentPassword, String newPassword) {
    UserAccount user =
        accounts
            .findByEmail(session.getCallerPrincipal().getName())
            .orElseThrow(() -> new NotFound("Account"));
    boolean currentMatches =
        currentPassword != null && hasher.verify(currentPassword, user.getPasswordHash());
    new FieldChecks()
        .check(currentMatches, "currentPassword", "is not your current password")
        .password("newPassword", newPassword, UserAccount.PASSWORD_MIN, UserAccount.PASSWORD_MAX)
        .check(
            newPassword == null || !newPassword.equals(currentPassword),
            "newPassword",
            "must differ from your current password")
        .orThrow();
    user.changePasswordHash(hasher.hash(newPassword), Instant.now());
  }
}
