package com.pullsafe.identity;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in user of any role changes their own password: the current one first, then a new one
 * that {@link PasswordPolicy} accepts. The change revokes every token of the user and, by moving
 * the account's credentials date, ends every other session begun before it; keeping the session
 * that made the change is the page's business.
 */
@Stateless
@RolesAllowed({
  Role.PLATFORM_ADMIN_NAME,
  Role.TENANT_ADMIN_NAME,
  Role.COACH_NAME,
  Role.ATHLETE_NAME
})
public class PasswordChangeService {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.IdentityMessages", PasswordChangeService.class);

  @Inject private AccountService accounts;
  @Inject private AccessTokenService tokens;
  @Inject private PasswordHasher hasher;
  @Resource private SessionContext session;

  /** Changes the caller's password; returns the moment of the change. */
  public Instant change(String currentPassword, String newPassword) {
    UserAccount user =
        accounts
            .findByEmail(session.getCallerPrincipal().getName())
            .orElseThrow(() -> new NotFound("Account"));
    boolean currentMatches =
        currentPassword != null && hasher.verify(currentPassword, user.getPasswordHash());
    List<FieldError> errors = new ArrayList<>();
    if (!currentMatches) {
      errors.add(new FieldError("currentPassword", TEXTS.text("password.notCurrent")));
    }
    PasswordPolicy.standard()
        .problem(newPassword, user.getEmail())
        .or(() -> unchanged(newPassword, currentPassword))
        .ifPresent(reason -> errors.add(new FieldError("newPassword", reason)));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Instant now = Instant.now();
    user.changePasswordHash(hasher.hash(newPassword), now);
    tokens.revokeAllOfCaller(now);
    return now;
  }

  private static Optional<String> unchanged(String newPassword, String currentPassword) {
    return newPassword.equals(currentPassword)
        ? Optional.of(TEXTS.text("password.unchanged"))
        : Optional.empty();
  }
}
