package com.pullsafe.identity;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Config;
import com.pullsafe.shared.Language;
import com.pullsafe.shared.PortalMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * Mails a password link through the portal's mail session ({@link PortalMail#session}, the one the
 * alerts use). A failed mail is logged without the link; the person asks for a new one (the
 * forgot-password page, or the inviter again).
 */
@Stateless
@PermitAll
public class PasswordLinkMailer {

  /** The set-password page; the link's secret follows in its {@code token} parameter. */
  public static final String SET_PASSWORD_PAGE = "/password/set.xhtml";

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.IdentityMessages", PasswordLinkMailer.class);
  private static final Logger LOG = Logger.getLogger(SecurityEvents.LOGGER);

  /** ISO date and time: the same in every language. */
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendLater(PasswordLinkIssued issued) {
    try {
      send(issued);
      LOG.info(() -> "event=password-link.mailed purpose=" + issued.purpose());
    } catch (MessagingException | NamingException | RuntimeException e) {
      LOG.warning(
          () ->
              "event=password-link.unsent purpose="
                  + issued.purpose()
                  + " cause="
                  + e.getClass().getSimpleName());
    }
  }

  /** The link in the mail: the portal's address, the page and the secret. */
  static String link(String secret) {
    return Config.get(Config.BASE_URL).orElse(Config.DEFAULT_BASE_URL)
        + SET_PASSWORD_PAGE
        + "?token="
        + secret;
  }

  private static void send(PasswordLinkIssued issued) throws MessagingException, NamingException {
    try (Language.Scope inRecipientsLanguage = Language.use(issued.language())) {
      compose(issued);
    }
  }

  private static void compose(PasswordLinkIssued issued)
      throws MessagingException, NamingException {
    Session session = PortalMail.session();
    String kind = issued.purpose() == PasswordLinkPurpose.INVITATION ? "invitation" : "reset";
    MimeMessage message = PortalMail.to(session, issued.email());
    message.setSubject(
        TEXTS.text("mail." + kind + ".subject", tenant(issued)), StandardCharsets.UTF_8.name());
    message.setText(
        TEXTS.text(
            "mail." + kind + ".body",
            issued.displayName(),
            tenant(issued),
            link(issued.secret()),
            UNTIL.format(issued.expiresAt())),
        StandardCharsets.UTF_8.name());
    Transport.send(message);
  }

  private static String tenant(PasswordLinkIssued issued) {
    return issued.tenantName() == null ? "PullSafe" : issued.tenantName();
  }
}
