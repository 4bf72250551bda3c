package com.pullsafe.review;

import com.pullsafe.identity.Role;
import com.pullsafe.program.ProgramPlanner;
import com.pullsafe.reports.WeeklyReport;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AthleteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The reviews of the signed-in athlete's reports (domain brief, "They see ... their coach's
 * notes"): the notes, newest week first, in one query, and the coach's decision on a week as the
 * athlete's result, program and start pages show it.
 */
@Stateless
@RolesAllowed(Role.ATHLETE_NAME)
public class CoachNoteService {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;
  @Inject private ProgramPlanner programs;

  /** The coach's decision on one of the caller's reports; empty until it is reviewed. */
  public Optional<CoachDecision> decisionOn(long reportId) {
    Athlete me = access.callerAthlete();
    return em.createNamedQuery("Review.findByReport", Review.class)
        .setParameter("reportId", reportId)
        .getResultStream()
        .filter(v -> v.getReport().getAthlete().getId().equals(me.getId()))
        .findFirst()
        .map(v -> decision(me, v));
  }

  /** The coach's decision on the caller's latest reviewed week. */
  public Optional<CoachDecision> latestDecision() {
    Athlete me = access.callerAthlete();
    return em.createQuery(
            "select v from Review v join fetch v.report r where r.athlete.id = :athleteId"
                + " order by r.week desc, v.id desc",
            Review.class)
        .setParameter("athleteId", me.getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(v -> decision(me, v));
  }

  private CoachDecision decision(Athlete athlete, Review review) {
    WeeklyReport report = review.getReport();
    ReviewView v = review.view();
    return new CoachDecision(
        report.getId(),
        report.getWeek().toString(),
        v.decision(),
        v.triageLevel(),
        v.level(),
        v.noteToAthlete(),
        v.reviewerName(),
        v.reviewedAt(),
        programs.clearedSince(athlete, report.getSubmittedAt()));
  }

  public List<ReviewView> mine(int size) {
    return em
        .createQuery(
            "select v from Review v join fetch v.report r where r.athlete.id = :athleteId"
                + " order by r.week desc, v.id desc",
            Review.class)
        .setParameter("athleteId", access.callerAthlete().getId())
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(Review::view)
        .toList();
  }
}
