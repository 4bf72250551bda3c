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
        .setHint("eclipselink.batch", "t.findings")
        .setHint("eclipselink.batch", "t.suggestedAlternatives")
        // A listing changes nothing; read-only also keeps the batch-read element collections out
        // of the commit, where EclipseLink 4 fails on them (DescriptorException 69).
        .setHint("eclipselink.read-only", true)
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
