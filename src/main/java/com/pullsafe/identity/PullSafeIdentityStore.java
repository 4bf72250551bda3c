package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks e-mail and password against the accounts; the role becomes the caller's group. */
@ApplicationScoped
public class PullSafeIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    CredentialCheck check = accounts.check(login.getCaller(), login.getPasswordAsString());
    return check.isValid()
        ? new CredentialValidationResult(check.user().email(), Set.of(check.user().role().name()))
        : CredentialValidationResult.INVALID_RESULT;
  }
}
