package com.pullsafe.roster;

import com.pullsafe.triage.Level;
import java.io.Serializable;

/**
 * An athlete as pages and the API show them.
 *
 * @param coachActive false while the athlete's coach is deactivated (the athlete then awaits
 *     reassignment; their alerts go to the tenant admins); true without a coach
 * @param statusLevel the level that stands for their latest reported week, but never below the
 *     level whose clearance is awaited; null before any report
 * @param statusWeek the latest reported week, e.g. 2026-W47
 * @param awaitingClearance the engine gave RED or URGENT and no coach has cleared the athlete since
 * @param clearanceLevel the level whose clearance is awaited (RED or URGENT); null when none is
 * @param clearanceWeek the week of the report that gave it; null when none is awaited
 */
public record AthleteView(
    long id,
    String displayName,
    String email,
    Long coachId,
    String coachName,
    boolean coachActive,
    boolean archived,
    Level statusLevel,
    String statusWeek,
    boolean awaitingClearance,
    Level clearanceLevel,
    String clearanceWeek)
    implements Serializable {

  /** The athlete, awaiting {@code awaited} (null: awaiting no clearance). */
  public static AthleteView of(Athlete a, AwaitedClearance awaited) {
    Coach coach = a.getCoach();
    return new AthleteView(
        a.getId(),
        a.getDisplayName(),
        a.getAccount().getEmail(),
        coach == null ? null : coach.getId(),
        coach == null ? null : coach.getDisplayName(),
        coach == null || coach.getAccount().isActive(),
        a.isArchived(),
        shownStatus(a.getStatusLevel(), awaited),
        a.getStatusWeek(),
        awaited != null,
        awaited == null ? null : awaited.level(),
        awaited == null ? null : awaited.week());
  }

  /**
   * The status shown: the level that stands for the latest week, raised to the level whose
   * clearance is awaited, so that a quiet week or an override never shows an athlete who awaits
   * clearance as GREEN.
   */
  static Level shownStatus(Level standing, AwaitedClearance awaited) {
    if (awaited == null) {
      return standing;
    }
    return standing == null ? awaited.level() : Level.highest(standing, awaited.level());
  }
}
