package com.pullsafe.reports;

import com.pullsafe.identity.Role;
import com.pullsafe.programming.Alternative;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.shared.NotFound;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading reports with their triage: the athlete their own, a coach their athletes', a tenant admin
 * the tenant's. Anything else is {@link NotFound}.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
public class ReportService {

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
    List<Long> ids =
        em.createNamedQuery("TriageResult.idsByAthlete", Long.class)
            .setParameter("athleteId", athlete.getId())
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, TriageResult> results =
        em.createNamedQuery("TriageResult.findWithReports", TriageResult.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.batch", "t.suggestedAlternatives")
            .getResultStream()
            .collect(Collectors.toMap(TriageResult::getId, Function.identity()));
    Map<Long, List<FindingView>> findings = findingsOf(ids);
    return ids.stream()
        .map(results::get)
        .map(t -> ReportView.of(t.getReport(), t, findings.getOrDefault(t.getId(), List.of())))
        .toList();
  }

  /** How many reports {@link #reportsOf} pages through. */
  public long reportCount(long athleteId) {
    Athlete athlete = access.visibleAthlete(athleteId);
    return em.createNamedQuery("WeeklyReport.countByAthlete", Long.class)
        .setParameter("athleteId", athlete.getId())
        .getSingleResult();
  }

  /**
   * The findings of several results in one query, as plain values: reading the embeddable findings
   * through a join or batch fetch fails in EclipseLink 4 (DescriptorException 69).
   */
  private Map<Long, List<FindingView>> findingsOf(List<Long> triageIds) {
    Map<Long, List<FindingView>> byTriage = new HashMap<>();
    em.createNamedQuery("TriageResult.findingsOf", Object[].class)
        .setParameter("ids", triageIds)
        .getResultList()
        .forEach(
            row ->
                byTriage
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(
                        new FindingView(
                            (FindingCode) row[1],
                            (Level) row[2],
                            FrozenText.current((String) row[3], (String) row[5]),
                            FrozenText.current((String) row[4], (String) row[6]))));
    return byTriage;
  }

  /**
   * The versions of a report that amendments replaced, oldest first, each with its triage and what
   * changed from the version before (domain brief, "Amending a report"). Three queries however many
   * versions: the versions with their triage, the findings, the suggestions.
   */
  public List<VersionView> earlierVersions(long reportId) {
    WeeklyReport report = em.find(WeeklyReport.class, reportId);
    if (report == null || !access.maySee(report.getAthlete())) {
      throw new NotFound("Report");
    }
    List<ReportVersion> versions =
        em.createNamedQuery("ReportVersion.findByReport", ReportVersion.class)
            .setParameter("reportId", reportId)
            .getResultList();
    if (versions.isEmpty()) {
      return List.of();
    }
    List<Long> triageIds = versions.stream().map(v -> v.getTriage().getId()).toList();
    Map<Long, List<FindingView>> findings = findingsOf(triageIds);
    Map<Long, List<Alternative>> suggestions = suggestionsOf(triageIds);
    List<VersionView> views = new ArrayList<>();
    NewReport before = null;
    for (ReportVersion version : versions) {
      TriageResult triage = version.getTriage();
      NewReport stated = version.stated(report.getWeek());
      views.add(
          new VersionView(
              version.getVersionNumber(),
              version.getSubmittedAt(),
              stated,
              before == null ? List.of() : AnswerChanges.between(before, stated),
              triage.getLevel(),
              findings.getOrDefault(triage.getId(), List.of()),
              suggestions.getOrDefault(triage.getId(), List.of()),
              triage.getRuleSetVersion(),
              triage.getLevelSummary()));
      before = stated;
    }
    return views;
  }

  private Map<Long, List<Alternative>> suggestionsOf(List<Long> triageIds) {
    Map<Long, List<Alternative>> byTriage = new HashMap<>();
    em.createNamedQuery("TriageResult.suggestionsOf", Object[].class)
        .setParameter("ids", triageIds)
        .getResultList()
        .forEach(
            row ->
                byTriage
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(
                        row[1] instanceof Alternative a
                            ? a
                            : Alternative.valueOf(String.valueOf(row[1]))));
    return byTriage;
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
