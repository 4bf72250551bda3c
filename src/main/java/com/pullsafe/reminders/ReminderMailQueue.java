package com.pullsafe.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands decided reminders to the mailer once their rows are committed, never before. */
@ApplicationScoped
public class ReminderMailQueue {

  @Inject private ReminderMail mail;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RemindersDecided decided) {
    mail.sendLater(decided.tenantId(), decided.reminderIds());
  }
}
