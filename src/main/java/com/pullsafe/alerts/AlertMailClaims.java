package com.pullsafe.alerts;

import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.ClaimedMail;
import com.pullsafe.shared.Config;
import com.pullsafe.shared.Language;
import com.pullsafe.shared.PortalMail;
import com.pullsafe.shared.WeekNames;
import com.pullsafe.triage.TriageMessages;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * The two short transactions around the try of an alert's e-mail: the claim, which also composes
 * the mail in the recipient's language, and the outcome. The notification's row is locked only
 * within each of them, never while the mail server answers.
 */
@Stateless
@PermitAll
public class AlertMailClaims {

  private static final Logger LOG = Logger.getLogger(AlertMailClaims.class.getName());

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private Event<AlertMailAttempted> attempts;

  /**
   * The notification's mail, claimed for a try; empty when it is not due, another try holds it, or
   * it could not be composed (recorded as a failed try).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<ClaimedMail> claim(long notificationId) {
    Notification n = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
    Optional<String> token = n == null ? Optional.empty() : n.claimMail(Instant.now());
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Locale language = n.getRecipient().getLanguage().orElse(Locale.ENGLISH);
    try (Language.Scope inRecipientsLanguage = Language.use(language)) {
      return Optional.of(new ClaimedMail(token.get(), compose(n)));
    } catch (MessagingException | NamingException | RuntimeException e) {
      failed(n, token.get(), ClaimedMail.describe(e));
      return Optional.empty();
    }
  }

  /** Records the try's outcome: sent when {@code error} is empty. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long notificationId, String token, Optional<String> error) {
    Notification n = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
    if (n == null) {
      return;
    }
    if (error.isEmpty()) {
      if (n.mailSent(token, Instant.now())) {
        attempts.fire(new AlertMailAttempted(true));
      } else {
        LOG.warning(
            () -> "E-mail of notification " + notificationId + " sent after its claim ran out");
      }
    } else {
      failed(n, token, error.get());
    }
  }

  private void failed(Notification n, String token, String error) {
    LOG.warning(() -> "E-mail of notification " + n.getId() + " not sent: " + error);
    if (n.mailFailed(token, error)) {
      attempts.fire(new AlertMailAttempted(false));
    }
  }

  private MimeMessage compose(Notification n) throws MessagingException, NamingException {
    Session session = PortalMail.session();
    UserAccount recipient = n.getRecipient();
    String link =
        Config.get(Config.BASE_URL).orElse(Config.DEFAULT_BASE_URL)
            + "/coach/review.xhtml?id="
            + n.getReportId();
    MimeMessage message = PortalMail.to(session, recipient.getEmail());
    String level = n.levelName();
    String week = WeekNames.inCurrentLanguage(n.getWeek());
    message.setSubject(
        AlertTexts.TEXTS.text("mail.subject", level, n.getAthleteName(), week),
        StandardCharsets.UTF_8.name());
    // A tenant admin hears of it only because the athlete has no coach: the mail says so.
    message.setText(
        AlertTexts.TEXTS.text(
            recipient.getRole() == Role.COACH ? "mail.body" : "mail.body.noCoach",
            recipient.getDisplayName(),
            n.getAthleteName(),
            week,
            level,
            TriageMessages.levelSummary(n.getLevel()),
            link),
        StandardCharsets.UTF_8.name());
    return message;
  }
}
