package com.pullsafe.reports;

import com.pullsafe.identity.Role;
import com.pullsafe.platform.NotFound;
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
 * Reading reports with their triage: the athlete their own, a coach their athletes', a tenant admin
 * the tenant's. Anything else is {@link NotFound}.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
public class Reports {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;

  public ReportView getReport(long reportId) {
    return findTriage(reportId)
        .filter(t -> access.maySee(t.getReport().getAthlete()))
        .map(t -> ReportView.of(t.getReport(), t))
        .orElseThrow(() -> new NotFound("Report"));
  }

  /** An athlete's reports, newest week first, paged. */
  public List<ReportView> reportsOf(long athleteId, int page, int size) {
    Athlete athlete = access.visibleAthlete(athleteId);
    return em.createNamedQuery("TriageResult.findByAthlete", TriageResult.class)
        .setParameter("athleteId", athlete.getId())
        // No batch read of t.findings: EclipseLink 4 then fails at commit on the embeddable
        // StoredFinding (DescriptorException 69), so findings load per report.
        .setHint("eclipselink.batch", "t.suggestedAlternatives")
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(t -> ReportView.of(t.getReport(), t))
        .toList();
  }

  /** The signed-in athlete's own reports, newest week first. */
  @RolesAllowed(Role.ATHLETE_NAME)
  public List<ReportView> myReports(int page, int size) {
    return reportsOf(access.callerAthlete().getId(), page, size);
  }

  private Optional<TriageResult> findTriage(long reportId) {
    return em.createNamedQuery("TriageResult.findByReport", TriageResult.class)
        .setParameter("reportId", reportId)
        .getResultStream()
        .findFirst();
  }
}
