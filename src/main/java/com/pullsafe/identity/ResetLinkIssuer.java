package com.pullsafe.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The part of a reset request that depends on whether the address has an active account: the
 * lookup, the link and (after commit) its mail and audit entry. It runs off the request thread, in
 * a transaction of its own, so that the request's answer and the work done before it are the same
 * for every address ({@link PasswordResetService#request}).
 */
@Stateless
@PermitAll
public class ResetLinkIssuer {

  private static final Logger LOG = Logger.getLogger(SecurityEvents.LOGGER);

  @Inject private AccountService accounts;
  @Inject private PasswordLinks links;
  @Inject private Event<PasswordEvent> events;

  /**
   * Issues a reset link to {@code email} if an active account has it and {@code mayMail} (the
   * address's own throttle) allows a mail.
   */
  @Asynchronous
  public void issueLater(String email, String clientAddress, boolean mayMail) {
    Optional<UserAccount> account = accounts.findByEmail(email).filter(UserAccount::isActive);
    LOG.info(
        () ->
            "event=password-reset.requested address="
                + clientAddress
                + " account="
                + account.map(a -> a.getId().toString()).orElse("none")
                + (mayMail ? "" : " mailed=no-too-many"));
    if (account.isPresent() && mayMail) {
      links.issue(account.get(), PasswordLinkPurpose.RESET);
      events.fire(
          new PasswordEvent(
              PasswordEvent.Kind.RESET_REQUESTED,
              KnownAccount.of(account.get()),
              PasswordLinkPurpose.RESET));
    }
  }
}
