package com.pullsafe.identity;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.StorableText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Setting a password through a one-time link, for people who are not signed in: asking for a reset
 * link ("forgot password") and using a link, an invitation's or a reset's.
 *
 * <p>A request's answer never tells whether an address has an account: it is the same, and so is
 * the work done before it (the input and the throttles); looking the address up, making the link
 * and mailing it happen off the request thread ({@link ResetLinkIssuer}). Audit entries are written
 * only once the change has committed ({@link PasswordEventRelay}).
 */
@Stateless
@PermitAll
public class PasswordResetService {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.IdentityMessages", PasswordResetService.class);
  private static final Logger LOG = Logger.getLogger(SecurityEvents.LOGGER);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private ResetLinkIssuer issuer;
  @Inject private PasswordLinks links;
  @Inject private PasswordHasher hasher;
  @Inject private ResetRequestThrottle throttle;
  @Inject private Event<PasswordEvent> events;

  /**
   * Mails a reset link to {@code email} if an active account has it; otherwise does nothing that
   * the caller could tell apart. Refuses a missing or malformed address ({@link InvalidInput} on
   * {@code email}) and too many requests from {@code clientAddress} ({@link ResetThrottled}).
   */
  public void request(String email, String clientAddress) {
    String problem = emailProblem(email);
    if (problem != null) {
      throw InvalidInput.of("email", problem);
    }
    throttle
        .refusalForAddress(clientAddress)
        .ifPresent(
            wait -> {
              LOG.warning(() -> "event=password-reset.throttled address=" + clientAddress);
              throw new ResetThrottled(Math.max(1, wait.toSeconds()));
            });
    issuer.issueLater(email, clientAddress, throttle.mayMail(email));
  }

  /** Whose password the link sets, while it works; empty for an unknown, used or expired link. */
  public Optional<PasswordLinkView> link(String secret) {
    Instant now = Instant.now();
    return find(secret, LockModeType.NONE)
        .filter(link -> link.works(now))
        .map(link -> new PasswordLinkView(link.getAccount().getEmail(), link.getPurpose()));
  }

  /**
   * Sets the password of the link's account and spends the link (and the account's other unused
   * ones). A link that does not work is refused on {@code token}, a password {@link PasswordPolicy}
   * refuses on {@code password}; both at once when both are wrong. Sessions and tokens from before
   * the change stop working, as after any password change.
   */
  public PasswordLinkView complete(String secret, String password) {
    Instant now = Instant.now();
    Optional<PasswordLink> found = find(secret, LockModeType.PESSIMISTIC_WRITE);
    boolean works = found.isPresent() && found.get().works(now);
    List<FieldError> errors = new ArrayList<>();
    if (!works) {
      errors.add(new FieldError("token", TEXTS.text("link.invalid")));
    }
    String login = works ? found.get().getAccount().getEmail() : null;
    PasswordPolicy.standard()
        .problem(password, login)
        .ifPresent(reason -> errors.add(new FieldError("password", reason)));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    PasswordLink link = found.get();
    UserAccount account = link.getAccount();
    account.changePasswordHash(hasher.hash(password), now);
    link.use(now);
    links.withdrawUnused(account, now);
    LOG.info(
        () ->
            "event=password-link.used purpose="
                + link.getPurpose()
                + " account="
                + account.getId());
    events.fire(
        new PasswordEvent(
            PasswordEvent.Kind.PASSWORD_SET, KnownAccount.of(account), link.getPurpose()));
    return new PasswordLinkView(account.getEmail(), link.getPurpose());
  }

  private Optional<PasswordLink> find(String secret, LockModeType lock) {
    if (!TokenSecrets.looksLikeLinkSecret(secret)) {
      return Optional.empty();
    }
    return em.createNamedQuery("PasswordLink.findByHash", PasswordLink.class)
        .setParameter("hash", TokenSecrets.hash(secret))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private static String emailProblem(String email) {
    if (email == null || email.isBlank()) {
      return TEXTS.text("reset.email.required");
    }
    if (!StorableText.isStorable(email)) {
      return StorableText.REFUSAL;
    }
    if (email.length() > UserAccount.EMAIL_MAX || !email.matches(UserAccount.EMAIL_PATTERN)) {
      return TEXTS.text("reset.email.invalid");
    }
    return null;
  }
}
