package com.pullsafe.alerts;

import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.Config;
import com.pullsafe.shared.Language;
import com.pullsafe.triage.TriageMessages;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * One try at the e-mail of a notification to its recipient, through the WildFly mail session
 * {@value #MAIL_SESSION} (src/wildfly/setup.cli). The outcome is stored either way: SENT, or FAILED
 * with the error, to be retried and shown as not sent.
 */
@Stateless
@PermitAll
public class MailDelivery {

  public static final String MAIL_SESSION = "java:jboss/mail/PullSafe";

  private static final String TIMEOUT_MILLIS = "10000";
  private static final List<String> TIMEOUTS =
      List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private Event<AlertMailAttempted> attempts;

  /**
   * Locks the notification's row for the try, so that the first send and a retry timer (on this
   * node or another) never mail the same notification twice: the second finds it sent.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Void deliver(long notificationId) {
    Notification n = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
    if (n == null || !n.mailDue()) {
      return null;
    }
    try {
      send(n);
      n.mailSent(Instant.now());
      attempts.fire(new AlertMailAttempted(true));
    } catch (MessagingException | NamingException | RuntimeException e) {
      LOG.warning(() -> "E-mail of notification " + notificationId + " not sent: " + e);
      n.mailFailed(
          String.valueOf(e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
      attempts.fire(new AlertMailAttempted(false));
    }
    return null;
  }

  /**
   * The session with connect, read and write timeouts, so that a mail server that hangs cannot hold
   * a worker thread and its transaction (WildFly's mail session sets none). A session that
   * authenticates is used as it is.
   */
  public static Session withTimeouts(Session session) {
    Properties properties = new Properties();
    properties.putAll(session.getProperties());
    if (Boolean.parseBoolean(properties.getProperty("mail.smtp.auth"))) {
      return session;
    }
    for (String timeout : TIMEOUTS) {
      properties.putIfAbsent(timeout, TIMEOUT_MILLIS);
    }
    return Session.getInstance(properties);
  }

  private void send(Notification n) throws MessagingException, NamingException {
    Locale language = n.getRecipient().getLanguage().orElse(Locale.ENGLISH);
    try (Language.Scope inRecipientsLanguage = Language.use(language)) {
      compose(n);
    }
  }

  private void compose(Notification n) throws MessagingException, NamingException {
    Session session = withTimeouts((Session) new InitialContext().lookup(MAIL_SESSION));
    UserAccount recipient = n.getRecipient();
    String link =
        Config.get(Config.BASE_URL).orElse(Config.DEFAULT_BASE_URL)
            + "/coach/review.xhtml?id="
            + n.getReportId();
    MimeMessage message = new MimeMessage(session);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.getEmail()));
    String level = AlertTexts.TEXTS.text("level." + n.getLevel().name());
    message.setSubject(
        AlertTexts.TEXTS.text("mail.subject", level, n.getAthleteName(), n.getWeek()),
        StandardCharsets.UTF_8.name());
    // A tenant admin hears of it only because the athlete has no coach: the mail says so.
    message.setText(
        AlertTexts.TEXTS.text(
            recipient.getRole() == Role.COACH ? "mail.body" : "mail.body.noCoach",
            recipient.getDisplayName(),
            n.getAthleteName(),
            n.getWeek(),
            level,
            TriageMessages.levelSummary(n.getLevel()),
            link),
        StandardCharsets.UTF_8.name());
    // Always a From header (RFC 5322 requires one): the mail session's address, else ours.
    if (session.getProperty("mail.from") != null) {
      message.setFrom();
    } else {
      message.setFrom(
          new InternetAddress(Config.get(Config.MAIL_FROM).orElse(Config.DEFAULT_MAIL_FROM)));
    }
    message.setSentDate(new Date());
    Transport.send(message);
  }
}
