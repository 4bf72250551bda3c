package com.pullsafe.alerts;

import com.pullsafe.triage.Level;
import java.time.Instant;

/**
 * A coach's notification as pages show it; {@code mailStatus} tells whether the e-mail went out.
 */
public record NotificationView(
    long id,
    long reportId,
    String athleteName,
    String week,
    Level level,
    String text,
    Instant createdAt,
    boolean read,
    MailStatus mailStatus) {}
