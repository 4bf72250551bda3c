package com.pullsafe.reports;

import com.pullsafe.triage.Level;

/**
 * A report at RED or URGENT: the coach must hear of it at once (domain brief, "RED and URGENT also
 * notify the coach immediately"). Fired inside the report's transaction; observers that mail must
 * wait for the commit.
 *
 * @param coachId the athlete's coach; null when the athlete has none
 */
public record CoachAlert(
    long tenantId, long reportId, long athleteId, Long coachId, Level level, String week) {}
