package com.pullsafe.roster;

import com.pullsafe.identity.Accounts;
import com.pullsafe.identity.EmailUnavailable;
import com.pullsafe.identity.PasswordPolicy;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Opens the account of a person a tenant admin or coach adds to their tenant (a coach, an athlete,
 * another tenant admin): checks the fields, the first password against {@link PasswordPolicy}, and
 * that the e-mail address is free. A taken address is refused alike wherever it is in use, with the
 * same lookup, so neither the answer nor its timing tells which tenant, if any, has it.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class AccountOpening {

  @Inject private Accounts accounts;
  @Resource private SessionContext session;

  /** Refuses every bad field of {@code person} at once. */
  public void check(NewPerson person) {
    FieldChecks checks =
        new FieldChecks()
            .email("email", person.email(), UserAccount.EMAIL_MAX)
            .required("displayName", person.displayName(), UserAccount.DISPLAY_NAME_MAX);
    PasswordPolicy.standard().check(checks, "password", person.password(), person.email());
    // A taken e-mail alone is a conflict; with other errors it is reported with them, all at once.
    if (checks.hasErrors() && !checks.hasError("email")) {
      checks.check(!accounts.emailTaken(person.email()), "email", EmailUnavailable.MESSAGE);
    }
    checks.orThrow();
  }

  /** Opens the checked person's account with {@code role} in the caller's tenant. */
  public UserAccount open(NewPerson person, Role role) {
    if (accounts.emailTaken(person.email())) {
      throw new EmailUnavailable("email");
    }
    UserAccount caller =
        accounts
            .findByEmail(session.getCallerPrincipal().getName())
            .orElseThrow(() -> new NotFound("Tenant"));
    return accounts.create(
        caller.getTenant(), person.email(), person.displayName(), person.password(), role);
  }
}
