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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    List<TriageResult> results =
        em.createNamedQuery("TriageResult.findByAthlete", TriageResult.class)
            .setParameter("athleteId", athlete.getId())
            .setHint("eclipselink.batch", "t.suggestedAlternatives")
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    Map<Long, TriageResult> withFindings = withFindings(results);
    return results.stream()
        .map(t -> withFindings.getOrDefault(t.getId(), t))
        .map(t -> ReportView.of(t.getReport(), t))
        .toList();
  }

  /**
   * Fills the findings of a page of results with one query instead of one per report. (A batch
   * hint on the element collection makes EclipseLink 4 fail at commit, DescriptorException 69.)
   */
  private Map<Long, TriageResult> withFindings(List<TriageResult> results) {
    if (results.isEmpty()) {
      return Map.of();
    }
    return em
        .createNamedQuery("TriageResult.fetchFindings", TriageResult.class)
        .setParameter("ids", results.stream().map(TriageResult::getId).toList())
        .getResultStream()
        .collect(Collectors.toMap(TriageResult::getId, Function.identity(), (a, b) -> a));
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
