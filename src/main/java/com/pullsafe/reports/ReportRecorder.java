package com.pullsafe.reports;

import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AthleteStatus;
import com.pullsafe.settings.TenantSettingsStore;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.Persisting;
import com.pullsafe.triage.AthleteHistory;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageEngine;
import com.pullsafe.triage.TriageOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Stores a weekly report with its triage, inside the caller's transaction (domain brief, "The
 * weekly report" and "Triage"): validates every field, refuses a second report for a week, reads
 * the athlete's history in one query, runs {@link TriageEngine} with the tenant's cap, keeps the
 * outcome, updates the athlete's status and alerts the coach on RED or URGENT. Amends a report of
 * the current or previous week the same way, keeping the replaced version with its triage (domain
 * brief, "Amending a report"). No access rules: {@link ReportSubmissionService} (the athlete
 * themself) and the demo data call it.
 */
@ApplicationScoped
public class ReportRecorder {

  static final Bundle TEXTS =
      Bundle.of("com.pullsafe.reports.ReportMessages", ReportRecorder.class);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private TenantSettingsStore settings;
  @Inject private AthleteStatus athleteStatus;
  @Inject private Event<CoachAlert> alerts;
  @Inject private Event<ReportRecorded> recorded;
  @Inject private Validator validator;

  private final TriageEngine engine = TriageEngine.standard();

  public ReportView record(Athlete athlete, NewReport input, Instant submittedAt) {
    refuseIfArchived(athlete);
    Clock at = Clock.fixed(submittedAt, ZoneOffset.UTC);
    ValidReport valid = new ReportValidator(validator, IsoWeek.latestStarted(at)).validate(input);
    // One read answers both "is this week reported already?" and the history triage needs.
    List<Object[]> recent =
        reportsRead(
            "WeeklyReport.findHistoryUpTo", athlete, valid.week(), AthleteHistory.REPORTS_READ + 1);
    if (!recent.isEmpty() && valid.week().equals(recent.get(0)[0])) {
      throw alreadyReported(valid.week());
    }
    TriageOutcome outcome =
        engine.triage(
            valid.answers(),
            historyOf(recent.stream().limit(AthleteHistory.REPORTS_READ).toList(), valid.week()),
            settings.current().triageSettings());

    WeeklyReport report = new WeeklyReport(athlete, valid, outcome, submittedAt);
    em.persist(report);
    TriageResult triage = new TriageResult(report, outcome, submittedAt);
    em.persist(triage);
    Persisting.flushOrConflict(em, () -> alreadyReported(valid.week()));
    athleteStatus.record(athlete, valid.week().toString(), report.getLevel());
    recorded.fire(new ReportRecorded(outcome.level()));

    if (outcome.level().notifiesCoach()) {
      alert(report, outcome.level());
    }
    return ReportView.of(report, triage);
  }

  /**
   * Replaces the answers of {@code athlete}'s report {@code reportId} with {@code input}, the whole
   * report again for the same week, triaged afresh with the current rules; the replaced answers
   * stay stored with their triage. If the new level is higher than the level the coach last saw,
   * the report goes back to the open queue, and RED or URGENT alert as on a first submission.
   * Another athlete's report is {@link NotFound}; a report older than last week is a {@link
   * ReportNotAmendable}.
   */
  public ReportView amend(Athlete athlete, long reportId, NewReport input, Instant amendedAt) {
    refuseIfArchived(athlete);
    WeeklyReport report = em.find(WeeklyReport.class, reportId);
    if (report == null || !report.getAthlete().getId().equals(athlete.getId())) {
      throw new NotFound("Report");
    }
    Clock at = Clock.fixed(amendedAt, ZoneOffset.UTC);
    if (!AmendmentWindow.at(at).includes(report.getWeek())) {
      throw new ReportNotAmendable(TEXTS.text("amend.tooLate", report.getWeek()));
    }
    ValidReport valid =
        new ReportValidator(validator, IsoWeek.latestStarted(at))
            .amending(report.getWeek())
            .validate(input);
    TriageOutcome outcome =
        engine.triage(
            valid.answers(),
            historyBefore(athlete, valid.week()),
            settings.current().triageSettings());

    TriageResult replaced = currentTriage(report);
    em.persist(new ReportVersion(report, replaced));
    boolean escalated = report.amend(valid, outcome.level(), replaced.getLevel(), amendedAt);
    TriageResult triage = new TriageResult(report, outcome, amendedAt);
    em.persist(triage);
    Persisting.flushOrConflict(em, () -> new Conflict(TEXTS.text("amend.concurrent")));

    if (escalated) {
      athleteStatus.record(athlete, valid.week().toString(), report.getLevel());
      if (outcome.level().notifiesCoach()) {
        alert(report, outcome.level());
      }
    }
    return ReportView.of(report, triage);
  }

  private TriageResult currentTriage(WeeklyReport report) {
    return em.createNamedQuery("TriageResult.findByReport", TriageResult.class)
        .setParameter("reportId", report.getId())
        .getSingleResult();
  }

  private void alert(WeeklyReport report, Level level) {
    Athlete athlete = report.getAthlete();
    alerts.fire(
        new CoachAlert(
            athlete.getTenantId(),
            report.getId(),
            athlete.getId(),
            athlete.getCoach() == null ? null : athlete.getCoach().getId(),
            level,
            report.getWeek().toString()));
  }

  private static void refuseIfArchived(Athlete athlete) {
    if (athlete.isArchived()) {
      throw new Conflict(TEXTS.text("athlete.archived"));
    }
  }

  /**
   * The athlete's reports of the weeks before {@code week}, as many as a triage rule reads (the
   * pain of the last three, the top sets and flags of the last four weeks), in one query.
   */
  AthleteHistory historyBefore(Athlete athlete, IsoWeek week) {
    return historyOf(
        reportsRead("WeeklyReport.findHistoryBefore", athlete, week, AthleteHistory.REPORTS_READ),
        week);
  }

  private List<Object[]> reportsRead(String query, Athlete athlete, IsoWeek week, int limit) {
    return em.createNamedQuery(query, Object[].class)
        .setParameter("athleteId", athlete.getId())
        .setParameter("week", week)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Rows of week, top set, pain and level, newest first, as seen from {@code week}. */
  private static AthleteHistory historyOf(List<Object[]> rows, IsoWeek week) {
    return new AthleteHistory(
        rows.stream()
            .map(
                row ->
                    new AthleteHistory.EarlierReport(
                        ((IsoWeek) row[0]).weeksBefore(week),
                        (BigDecimal) row[1],
                        ((Number) row[2]).intValue(),
                        (Level) row[3]))
            .toList());
  }

  private static ReportAlreadySubmitted alreadyReported(IsoWeek week) {
    return new ReportAlreadySubmitted(TEXTS.text("week.alreadyReported", week));
  }
}
