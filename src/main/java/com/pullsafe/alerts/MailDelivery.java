package com.pullsafe.alerts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.util.List;
import java.util.Properties;

/**
 * One try at the e-mail of a notification to its recipient, through the WildFly mail session
 * {@value #MAIL_SESSION} (src/wildfly/setup.cli). The outcome is stored either way: SENT, or FAILED
 * with the error, to be retried and shown as not sent. The try is claimed and recorded in short
 * transactions of their own ({@link AlertMailClaims}); the send runs with none open.
 */
@Stateless
@PermitAll
public class MailDelivery {

  public static final String MAIL_SESSION = "java:jboss/mail/PullSafe";

  private static final String TIMEOUT_MILLIS = "10000";
  private static final List<String> TIMEOUTS =
      List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");

  @Inject private AlertMailClaims claims;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Void deliver(long notificationId) {
    claims
        .claim(notificationId)
        .ifPresent(mail -> claims.record(notificationId, mail.token(), mail.send()));
    return null;
  }

  /**
   * The session with connect, read and write timeouts, so that a mail server that hangs cannot hold
   * a worker thread for long (WildFly's mail session sets none). A session that authenticates is
   * used as it is.
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
}
