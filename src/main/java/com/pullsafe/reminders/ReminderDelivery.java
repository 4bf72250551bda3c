package com.pullsafe.reminders;

import com.pullsafe.alerts.MailDelivery;
import com.pullsafe.roster.Athlete;
import com.pullsafe.shared.Config;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * One try at a reminder's e-mail. The reminder's row is locked for the try, so that the first send
 * and a retry (on this node or another) never mail it twice. Just before sending it checks that the
 * reminder still stands: an athlete who reported, was archived or unsubscribed meanwhile gets
 * nothing.
 */
@Stateless
@PermitAll
public class ReminderDelivery {

  private static final Logger LOG = Logger.getLogger(ReminderDelivery.class.getName());

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private ReminderAudience audience;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Void deliver(long reminderId) {
    Reminder reminder = em.find(Reminder.class, reminderId, LockModeType.PESSIMISTIC_WRITE);
    if (reminder == null || !reminder.mailDue()) {
      return null;
    }
    Athlete athlete = em.find(Athlete.class, reminder.getAthleteId());
    if (athlete == null || !audience.stillDue(athlete, reminder.getWeek())) {
      reminder.cancel();
      return null;
    }
    // A fresh secret each try: only its hash is stored, so a retry cannot reuse the last one.
    String secret = UnsubscribeSecret.generate();
    reminder.unsubscribableWith(UnsubscribeSecret.hash(secret));
    try {
      send(athlete, reminder, secret);
      reminder.mailSent(Instant.now());
    } catch (MessagingException | NamingException | RuntimeException e) {
      LOG.warning(() -> "Reminder " + reminderId + " not sent: " + e);
      reminder.mailFailed(
          String.valueOf(e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
    }
    return null;
  }

  private static void send(Athlete athlete, Reminder reminder, String secret)
      throws MessagingException, NamingException {
    Session session =
        MailDelivery.withTimeouts((Session) new InitialContext().lookup(MailDelivery.MAIL_SESSION));
    String base = Config.get(Config.BASE_URL).orElse(Config.DEFAULT_BASE_URL);
    Transport.send(new ReminderMessage(athlete, reminder.getWeek(), base, secret).in(session));
  }
}
