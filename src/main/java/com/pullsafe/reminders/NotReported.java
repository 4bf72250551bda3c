package com.pullsafe.reminders;

/**
 * An athlete without a report for the tenant's current week.
 *
 * @param lastReportedWeek the latest week the athlete reported (ISO text); null before any report
 */
public record NotReported(
    long athleteId, String displayName, String email, Long coachId, String lastReportedWeek) {}
