package com.pullsafe.shared;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The mail session and the start of every mail the portal sends. */
public final class PortalMail {

  /** WildFly's mail session for the portal (src/wildfly/setup.cli). */
  public static final String SESSION = "java:jboss/mail/PullSafe";

  private static final String TIMEOUT_MILLIS = "10000";
  private static final List<String> TIMEOUTS =
      List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");

  private PortalMail() {}

  /**
   * The portal's mail session with connect, read and write timeouts, so that a mail server that
   * hangs cannot hold a thread for long (WildFly's mail session sets none). A session that
   * authenticates is used as it is.
   */
  public static Session session() throws NamingException {
    Session session = (Session) new InitialContext().lookup(SESSION);
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

  /**
   * A mail to {@code recipient}, dated now, from the mail session's address, else {@code
   * PULLSAFE_MAIL_FROM} or the portal's own: always with a From header, as RFC 5322 requires.
   */
  public static MimeMessage to(Session session, String recipient) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
    if (session.getProperty("mail.from") != null) {
      message.setFrom();
    } else {
      message.setFrom(
          new InternetAddress(Config.get(Config.MAIL_FROM).orElse(Config.DEFAULT_MAIL_FROM)));
    }
    message.setSentDate(new Date());
    return message;
  }
}
