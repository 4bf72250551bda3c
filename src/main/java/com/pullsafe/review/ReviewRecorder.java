package com.pullsafe.review;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.program.ProgramPlanner;
import com.pullsafe.reports.ReportStanding;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.reports.WeeklyReport;
import com.pullsafe.roster.AthleteStatus;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.Persisting;
import com.pullsafe.shared.Violations;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a review inside the caller's transaction: confirm, or override with a reason; a note to
 * the athlete; assignments. A reviewed report is not reviewed again until an amendment re-opens it:
 * a second review, or one racing another, is a {@link Conflict}, never a lost update. No access
 * rules: {@link ReviewService} and the demo data call it after checking the caller.
 */
@ApplicationScoped
public class ReviewRecorder {

  static final Bundle TEXTS = Bundle.of("com.pullsafe.review.ReviewMessages", ReviewRecorder.class);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private ProgramPlanner programs;
  @Inject private AuditTrail audit;
  @Inject private AthleteStatus athleteStatus;
  @Inject private Event<ReportActedOn> actedOn;
  @Inject private Event<ReviewCompleted> completed;
  @Inject private ReportStanding standing;
  @Inject private Validator validator;

  public ReviewView review(
      WeeklyReport report, ReviewRequest request, String by, String byName, Instant at) {
    Violations.requireValid(validator, request);
    Decision decision = request.decisionOrNull();
    if (report.getReviewStatus() == ReviewStatus.REVIEWED) {
      throw new Conflict(TEXTS.text("review.alreadyReviewed"));
    }
    Level triageLevel = standing.triageLevel(report);
    Review review =
        decision == Decision.CONFIRM
            ? Review.confirm(report, triageLevel, request.noteToAthlete(), by, byName, at)
            : Review.override(
                report,
                triageLevel,
                request.overrideLevelOrNull(),
                request.reason(),
                request.noteToAthlete(),
                by,
                byName,
                at);
    if (request.relearningBlock()) {
      review.prescribeRelearningBlock();
    }
    em.persist(review);
    standing.reviewed(report, review.standingLevel());
    Persisting.flushOrConflict(em, () -> new Conflict(TEXTS.text("review.concurrent")));

    athleteStatus.record(report.getAthlete(), report.getWeek().toString(), report.getLevel());
    // The coach has acted on the report: its alerts are done.
    actedOn.fire(new ReportActedOn(report.getId(), at));
    completed.fire(
        new ReviewCompleted(
            report.getAthlete().getTenantId(),
            review.getId(),
            report.getId(),
            report.getAthlete().getId(),
            review.standingLevel(),
            at));
    String week = report.getWeek().toString();
    audit.record(
        decision == Decision.CONFIRM ? AuditAction.REVIEW_CONFIRMED : AuditAction.REVIEW_OVERRIDDEN,
        "Review",
        review.getId(),
        report.getAthlete().getDisplayName(),
        decision == Decision.CONFIRM
            ? TEXTS.text("audit.confirmed", week, levelName(triageLevel))
            : TEXTS.text(
                "audit.overridden",
                week,
                levelName(triageLevel),
                levelName(review.standingLevel()),
                review.getReason()));
    if (request.assign() != null && !request.assign().isEmpty()) {
      programs.assign(report.getAthlete(), report.getId(), request.assign(), by, at);
    }
    return review.view();
  }

  private static String levelName(Level level) {
    return TEXTS.text("level." + level.name());
  }

  /** The report's latest review. */
  public Optional<Review> findReview(long reportId) {
    return em.createNamedQuery("Review.findByReport", Review.class)
        .setParameter("reportId", reportId)
        .getResultStream()
        .findFirst();
  }
}
