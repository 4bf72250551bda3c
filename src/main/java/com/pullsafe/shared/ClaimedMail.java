package com.pullsafe.shared;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;

/**
 * An e-mail composed under its claim ({@link MailClaim}), to be sent with no transaction open.
 *
 * @param token the claim's token, to record the outcome with
 */
public record ClaimedMail(String token, MimeMessage message) {

  /** Sends the mail; the error when it was not sent. */
  public Optional<String> send() {
    try {
      Transport.send(message);
      return Optional.empty();
    } catch (MessagingException | RuntimeException e) {
      return Optional.of(describe(e));
    }
  }

  /** What is stored of an error that kept a mail from being composed or sent. */
  public static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
  }
}
