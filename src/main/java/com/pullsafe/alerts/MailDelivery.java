package com.pullsafe.alerts;

import com.pullsafe.shared.PortalMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * One try at the e-mail of a notification to its recipient, through the portal's mail session
 * ({@link PortalMail#session}). The outcome is stored either way: SENT, or FAILED with the error,
 * to be retried and shown as not sent. The try is claimed and recorded in short transactions of
 * their own ({@link AlertMailClaims}); the send runs with none open.
 */
@Stateless
@PermitAll
public class MailDelivery {

  @Inject private AlertMailClaims claims;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Void deliver(long notificationId) {
    claims
        .claim(notificationId)
        .ifPresent(mail -> claims.record(notificationId, mail.token(), mail.send()));
    return null;
  }
}
