package com.pullsafe.roster;

import com.pullsafe.triage.Level;

/**
 * An athlete as pages and the API show them.
 *
 * @param statusLevel the level that stands for their latest reported week; null before any report
 * @param statusWeek that week, e.g. 2026-W47
 */
public record AthleteView(
    long id,
    String displayName,
    String email,
    Long coachId,
    String coachName,
    boolean archived,
    Level statusLevel,
    String statusWeek) {

  public static AthleteView of(Athlete a) {
    Coach coach = a.getCoach();
    return new AthleteView(
        a.getId(),
        a.getDisplayName(),
        a.getAccount().getEmail(),
        coach == null ? null : coach.getId(),
        coach == null ? null : coach.getDisplayName(),
        a.isArchived(),
        a.getStatusLevel(),
        a.getStatusWeek());
  }
}
