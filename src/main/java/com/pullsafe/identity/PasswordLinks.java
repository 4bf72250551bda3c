package com.pullsafe.identity;

import com.pullsafe.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Makes the one-time link that sets an account's password, in the caller's transaction: a new link
 * withdraws the account's earlier unused ones, so only the latest mail works. The mail goes out
 * once the transaction commits ({@link PasswordLinkMail}).
 */
@ApplicationScoped
public class PasswordLinks {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private Event<PasswordLinkIssued> issued;

  /** Makes and (after commit) mails a link of {@code purpose} to {@code account}. */
  public Instant issue(UserAccount account, PasswordLinkPurpose purpose) {
    Instant now = Instant.now();
    withdrawUnused(account, now);
    String secret = TokenSecrets.generateLinkSecret();
    PasswordLink link = new PasswordLink(account, purpose, secret, now, purpose.lifetime());
    em.persist(link);
    issued.fire(
        new PasswordLinkIssued(
            account.getEmail(),
            account.getDisplayName(),
            account.getTenant() == null ? null : account.getTenant().getName(),
            purpose,
            secret,
            link.getExpiresAt(),
            // Not chosen yet (an invitee): the language of whoever asked for the link.
            account.getLanguage().orElse(Language.current())));
    return link.getExpiresAt();
  }

  void withdrawUnused(UserAccount account, Instant now) {
    em.createNamedQuery("PasswordLink.findUnusedByAccount", PasswordLink.class)
        .setParameter("accountId", account.getId())
        .getResultList()
        .forEach(link -> link.withdraw(now));
  }
}
