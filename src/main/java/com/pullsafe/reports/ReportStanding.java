package com.pullsafe.reports;

import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The level that stands for a report and its place in the queue, as a coach's review changes them
 * (domain brief, "confirm or override it"), inside the caller's transaction. No access rules: the
 * review service checks the caller first.
 */
@ApplicationScoped
public class ReportStanding {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  public Optional<WeeklyReport> find(long reportId) {
    return Optional.ofNullable(em.find(WeeklyReport.class, reportId));
  }

  /** The engine's level for the report's current version: what the coach confirms or overrides. */
  public Level triageLevel(WeeklyReport report) {
    return em.createNamedQuery("TriageResult.findByReport", TriageResult.class)
        .setParameter("reportId", report.getId())
        .getSingleResult()
        .getLevel();
  }

  /**
   * A coach reviewed the report: {@code standingLevel} (the triage's or the override) stands, and
   * the report leaves the open queue until an amendment escalates it.
   */
  public void reviewed(WeeklyReport report, Level standingLevel) {
    report.reviewed(standingLevel);
  }
}
