package com.pullsafe.reminders;

import java.util.List;

/** Reminders of one tenant were decided; their e-mails are due once the decision commits. */
public record RemindersDecided(long tenantId, List<Long> reminderIds) {}
