package com.pullsafe.reminders;

import java.io.Serializable;

/**
 * An athlete without a report for the tenant's current week (a row of a page's list, kept in the
 * view state).
 *
 * @param lastReportedWeek the latest week the athlete reported (ISO text); null before any report
 */
public record NotReported(
    long athleteId, String displayName, String email, Long coachId, String lastReportedWeek)
    implements Serializable {}
