package com.pullsafe.squad;

import com.pullsafe.identity.Role;
import com.pullsafe.reports.HistoryExport;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.settings.SettingsView;
import com.pullsafe.settings.TenantSettingsService;
import com.pullsafe.tenancy.TenantContext;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The squad view and its trends (issue 16, "The roster at a glance", "Trends the coach can act
 * on"): a coach sees their own athletes, a tenant admin every athlete of the tenant; athletes are
 * refused. A page takes three statements whatever its size: the count, the page of athletes in risk
 * order, and one query for their weeks.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class SquadService {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;
  @Inject private Clock clock;
  @Inject private ReportService reports;
  @Inject private TenantSettingsService settings;

  /** How many weeks back an athlete's trend reaches, as their history export does. */
  public static final int TREND_WEEKS = HistoryExport.WEEKS;

  /**
   * One athlete's pain and top set with the cap and the flagged weeks, oldest first, over their
   * last {@value #TREND_WEEKS} reports; their coach or a tenant admin, anyone else {@code
   * NotFound}.
   */
  public List<AthleteTrend.Week> athleteTrend(long athleteId) {
    List<ReportView> newestFirst = reports.reportsOf(athleteId, 0, TREND_WEEKS);
    SettingsView tenant = settings.current();
    return AthleteTrend.of(newestFirst, tenant.progressionCapPercent(), tenant.plateIncrementKg());
  }

  public SquadPage page(int page, int size) {
    Scope scope = scope();
    SquadWindow window = SquadWindow.endingNow(clock);
    long total =
        ((Number) queryOf(scope, SquadQueries.count(scope.oneCoach()), window).getSingleResult())
            .longValue();
    List<Object[]> athletes =
        rows(
            queryOf(scope, SquadQueries.page(scope.oneCoach()), window)
                .setParameter(5, size)
                .setParameter(6, (long) page * size));
    Map<Long, Map<String, Object[]>> weeks = weeksOf(scope, window, athletes);
    List<SquadRow> rows = new ArrayList<>(athletes.size());
    for (Object[] a : athletes) {
      long id = ((Number) a[0]).longValue();
      rows.add(row(a, window, weeks.getOrDefault(id, Map.of())));
    }
    return new SquadPage(window.weeks(), rows, total, page, size);
  }

  public SquadTrends trends() {
    Scope scope = scope();
    SquadWindow window = SquadWindow.endingNow(clock);
    Map<String, long[]> byWeek = new HashMap<>();
    for (Object[] w : rows(queryOf(scope, SquadQueries.flaggedByWeek(scope.oneCoach()), window))) {
      byWeek.put(
          (String) w[0], new long[] {((Number) w[1]).longValue(), ((Number) w[2]).longValue()});
    }
    List<SquadTrends.Week> weeks = new ArrayList<>();
    long reports = 0;
    for (String week : window.weeks()) {
      long[] counts = byWeek.getOrDefault(week, new long[2]);
      weeks.add(new SquadTrends.Week(week, counts[0], counts[1]));
      reports += counts[0];
    }
    List<SquadTrends.Finding> findings =
        rows(queryOf(scope, SquadQueries.topFindings(scope.oneCoach()), window)).stream()
            .map(
                f ->
                    new SquadTrends.Finding(
                        FindingCode.valueOf((String) f[0]), ((Number) f[1]).longValue()))
            .toList();
    return new SquadTrends(weeks, findings, reports);
  }

  private Map<Long, Map<String, Object[]>> weeksOf(
      Scope scope, SquadWindow window, List<Object[]> athletes) {
    Map<Long, Map<String, Object[]>> weeks = new HashMap<>();
    if (athletes.isEmpty()) {
      return weeks;
    }
    Query query =
        em.createNativeQuery(SquadQueries.weeksOf(athletes.size()))
            .setHint(NATIVE, "true")
            .setParameter(1, scope.tenantId())
            .setParameter(2, window.oldest().toString())
            .setParameter(3, window.newest().toString());
    for (int i = 0; i < athletes.size(); i++) {
      query.setParameter(i + 4, ((Number) athletes.get(i)[0]).longValue());
    }
    for (Object[] r : rows(query)) {
      weeks
          .computeIfAbsent(((Number) r[1]).longValue(), id -> new HashMap<>())
          .put((String) r[2], r);
    }
    return weeks;
  }

  private static SquadRow row(Object[] a, SquadWindow window, Map<String, Object[]> reports) {
    String awaitedWeek = (String) a[5];
    String joinedWeek = (String) a[8];
    List<SquadCell> cells = new ArrayList<>(SquadWindow.WEEKS);
    for (String week : window.weeks()) {
      Object[] r = reports.get(week);
      if (r != null) {
        cells.add(
            SquadCell.reported(
                week,
                ((Number) r[0]).longValue(),
                Level.valueOf((String) r[3]),
                ReviewStatus.valueOf((String) r[4]),
                week.equals(awaitedWeek)));
      } else if (joinedWeek != null && week.compareTo(joinedWeek) < 0) {
        cells.add(SquadCell.beforeJoining(week)); // ISO week strings sort as the weeks do
      } else {
        cells.add(SquadCell.notReported(week));
      }
    }
    int shownRank = ((Number) a[3]).intValue();
    return new SquadRow(
        ((Number) a[0]).longValue(),
        (String) a[1],
        (String) a[2],
        shownRank < 0 ? null : Level.values()[shownRank],
        a[4] == null ? null : Level.valueOf((String) a[4]),
        Boolean.TRUE.equals(a[6]),
        ((Number) a[7]).intValue(),
        cells);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  /** Whose athletes the caller sees, in which tenant. */
  private Scope scope() {
    Object tenant = em.getProperties().get(TenantContext.TENANT_PROPERTY);
    if (!(tenant instanceof Number tenantId)) {
      throw new IllegalStateException("No tenant for the squad view");
    }
    Optional<Long> coach =
        access.callerIsTenantAdmin() ? Optional.empty() : Optional.of(access.callerCoachId());
    return new Scope(tenantId.longValue(), coach);
  }

  private record Scope(long tenantId, Optional<Long> coachId) {
    boolean oneCoach() {
      return coachId.isPresent();
    }
  }

  private Query queryOf(Scope scope, String sql, SquadWindow window) {
    Query query =
        em.createNativeQuery(sql)
            .setHint(NATIVE, "true")
            .setParameter(1, scope.tenantId())
            .setParameter(2, window.oldest().toString())
            .setParameter(3, window.newest().toString());
    scope.coachId().ifPresent(id -> query.setParameter(4, id));
    return query;
  }
}
