package com.pullsafe.shared;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;

/** The start of every mail the portal sends. */
public final class PortalMail {

  private PortalMail() {}

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
