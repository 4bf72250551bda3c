package com.pullsafe.review;

import com.pullsafe.identity.Role;
import com.pullsafe.platform.FieldChecks;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.roster.ClearanceLookup;
import com.pullsafe.roster.Coach;
import com.pullsafe.triage.Level;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coach's queue of flagged reports (domain brief, "They work a queue of flagged reports (most
 * severe and oldest first)"): AMBER and above, level high to low, then oldest first, paged in the
 * database with a count, over the index {@code weekly_report_queue} (tenant_id, review_status,
 * level_rank desc, submitted_at, id), each saying whether its athlete awaits clearance (one more
 * query per page). A coach sees their athletes' reports, a tenant admin all.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class ReviewQueue {

  public static final int PAGE_SIZE_MAX = 200;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;
  @Inject private ClearanceLookup clearances;

  public QueuePage page(QueueFilter filter, int page, int size) {
    new FieldChecks()
        .check(page >= 0, "page", ReviewChecks.TEXTS.text("number.range", 0, Integer.MAX_VALUE))
        .check(
            size >= 1 && size <= PAGE_SIZE_MAX,
            "size",
            ReviewChecks.TEXTS.text("number.range", 1, PAGE_SIZE_MAX))
        .check(
            filter.statusOrOpen() != ReviewStatus.NOT_FLAGGED,
            "status",
            ReviewChecks.TEXTS.text("code.unknown", "OPEN, REVIEWED"))
        .orThrow();

    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where =
        new StringBuilder(
            " from WeeklyReport r join r.athlete a"
                + " where r.reviewStatus = :status and r.levelRank >= :flagged");
    parameters.put("status", filter.statusOrOpen());
    parameters.put("flagged", Level.AMBER.ordinal());
    if (filter.level() != null) {
      where.append(" and r.levelRank = :rank");
      parameters.put("rank", filter.level().ordinal());
    }
    if (filter.athleteId() != null) {
      where.append(" and a.id = :athleteId");
      parameters.put("athleteId", filter.athleteId());
    }
    if (!access.callerIsTenantAdmin()) {
      where.append(" and a.coach.id = :coachId");
      parameters.put("coachId", access.callerCoach().map(Coach::getId).orElse(-1L));
    }

    Query items =
        em.createQuery(
            "select r.id, a.id, a.displayName, r.week, r.level, r.reviewStatus, r.submittedAt"
                + where
                + " order by r.levelRank desc, r.submittedAt, r.id");
    Query count = em.createQuery("select count(r)" + where);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    @SuppressWarnings("unchecked")
    List<Object[]> rows = items.setFirstResult(page * size).setMaxResults(size).getResultList();
    long total = ((Number) count.getSingleResult()).longValue();
    Set<Long> awaiting =
        clearances
            .awaitingClearance(rows.stream().map(row -> ((Number) row[1]).longValue()).toList())
            .keySet();
    return new QueuePage(rows.stream().map(row -> item(row, awaiting)).toList(), total);
  }

  private static QueueItem item(Object[] row, Set<Long> awaitingClearance) {
    return new QueueItem(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        row[3] instanceof IsoWeek week ? week.toString() : String.valueOf(row[3]),
        row[4] instanceof Level level ? level : Level.valueOf(String.valueOf(row[4])),
        row[5] instanceof ReviewStatus status
            ? status
            : ReviewStatus.valueOf(String.valueOf(row[5])),
        row[6] instanceof Timestamp ts ? ts.toInstant() : (Instant) row[6],
        awaitingClearance.contains(((Number) row[1]).longValue()));
  }
}
