package com.pullsafe.reminders;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * One try at a reminder's e-mail: claimed and recorded in short transactions of their own ({@link
 * ReminderMailClaims}), so that the first send and a retry (on this node or another) never mail it
 * twice at once; the send runs with none open.
 */
@Stateless
@PermitAll
public class ReminderDelivery {

  @Inject private ReminderMailClaims claims;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Void deliver(long reminderId) {
    claims
        .claim(reminderId)
        .ifPresent(mail -> claims.record(reminderId, mail.token(), mail.send()));
    return null;
  }
}
