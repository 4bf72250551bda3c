package com.pullsafe.roster;

import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.EmailUnavailable;
import com.pullsafe.identity.PasswordPolicy;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.Violations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the account of a person a tenant admin or coach adds to their tenant (a coach, an athlete,
 * another tenant admin): checks the fields, the first password against {@link PasswordPolicy}, and
 * that the e-mail address is free. A taken address is refused alike wherever it is in use, with the
 * same lookup, so neither the answer nor its timing tells which tenant, if any, has it.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class AccountOpening {

  @Inject private AccountService accounts;
  @Inject private Validator validator;
  @Resource private SessionContext session;

  /**
   * Refuses every bad field of {@code person} at once; a taken e-mail alone is a conflict ({@link
   * #open}), with other errors it is reported with them.
   */
  public void check(NewPerson person) {
    List<FieldError> errors = new ArrayList<>(Violations.fieldErrors(validator.validate(person)));
    boolean emailRefused = errors.stream().anyMatch(e -> e.field().equals("email"));
    if (!errors.isEmpty() && !emailRefused && accounts.emailTaken(person.email())) {
      errors.add(new FieldError("email", EmailUnavailable.MESSAGE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
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
