package com.pullsafe.identity;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.InvalidInput.FieldError;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A new account's e-mail address is taken. E-mail addresses are unique across the installation, so
 * the refusal says the same whether the address belongs to the caller's tenant, to another tenant
 * or to a platform admin: it never tells one tenant who has an account in another.
 */
@ApplicationException(rollback = true)
public class EmailUnavailable extends Conflict {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.IdentityMessages", EmailUnavailable.class);

  /** The message next to the e-mail field, the same for any taken address. */
  public static final String MESSAGE = TEXTS.text("email.unavailable");

  public EmailUnavailable(String field) {
    super(TEXTS.text("email.unavailable.detail"), List.of(new FieldError(field, MESSAGE)));
  }
}
