package com.pullsafe.reminders;

import com.pullsafe.roster.Athlete;
import com.pullsafe.shared.ClaimedMail;
import com.pullsafe.shared.Config;
import com.pullsafe.shared.PortalMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * The two short transactions around the try of a reminder's e-mail: the claim, which checks that
 * the reminder still stands (an athlete who reported, was archived or unsubscribed meanwhile gets
 * nothing) and composes the mail, and the outcome. The reminder's row is locked only within each of
 * them, never while the mail server answers.
 */
@Stateless
@PermitAll
public class ReminderMailClaims {

  private static final Logger LOG = Logger.getLogger(ReminderMailClaims.class.getName());

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private ReminderAudience audience;

  /**
   * The reminder's mail, claimed for a try; empty when it is not due, another try holds it, it no
   * longer stands (then cancelled) or it could not be composed (recorded as a failed try).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<ClaimedMail> claim(long reminderId) {
    Reminder reminder = em.find(Reminder.class, reminderId, LockModeType.PESSIMISTIC_WRITE);
    Optional<String> token =
        reminder == null ? Optional.empty() : reminder.claimMail(Instant.now());
    if (token.isEmpty()) {
      return Optional.empty();
    }
    Athlete athlete = em.find(Athlete.class, reminder.getAthleteId());
    if (athlete == null || !audience.stillDue(athlete, reminder.getWeek())) {
      reminder.cancel(token.get());
      return Optional.empty();
    }
    // A fresh secret each try: only its hash is stored, so a retry cannot reuse the last one.
    String secret = UnsubscribeSecret.generate();
    reminder.unsubscribableWith(UnsubscribeSecret.hash(secret));
    try {
      return Optional.of(new ClaimedMail(token.get(), compose(athlete, reminder, secret)));
    } catch (MessagingException | NamingException | RuntimeException e) {
      failed(reminder, token.get(), ClaimedMail.describe(e));
      return Optional.empty();
    }
  }

  /** Records the try's outcome: sent when {@code error} is empty. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long reminderId, String token, Optional<String> error) {
    Reminder reminder = em.find(Reminder.class, reminderId, LockModeType.PESSIMISTIC_WRITE);
    if (reminder == null) {
      return;
    }
    if (error.isEmpty()) {
      if (!reminder.mailSent(token, Instant.now())) {
        LOG.warning(() -> "Reminder " + reminderId + " sent after its claim ran out");
      }
    } else {
      failed(reminder, token, error.get());
    }
  }

  private static void failed(Reminder reminder, String token, String error) {
    LOG.warning(() -> "Reminder " + reminder.getId() + " not sent: " + error);
    reminder.mailFailed(token, error);
  }

  private static MimeMessage compose(Athlete athlete, Reminder reminder, String secret)
      throws MessagingException, NamingException {
    Session session = PortalMail.session();
    String base = Config.get(Config.BASE_URL).orElse(Config.DEFAULT_BASE_URL);
    return new ReminderMessage(athlete, reminder.getWeek(), base, secret).in(session);
  }
}
