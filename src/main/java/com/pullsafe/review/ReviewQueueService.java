package com.pullsafe.review;

import com.pullsafe.identity.Role;
import com.pullsafe.reports.FlaggedReports;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.roster.ClearanceLookup;
import com.pullsafe.shared.Violations;
import com.pullsafe.triage.Level;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;

/**
 * The coach's queue of flagged reports (domain brief, "They work a queue of flagged reports (most
 * severe and oldest first)"): AMBER and above, level high to low, then oldest first, paged in the
 * database with a count ({@link FlaggedReports}), each saying whether its athlete awaits clearance
 * (two more queries per page). A coach sees their athletes' reports, a tenant admin all.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
public class ReviewQueueService {

  public static final int PAGE_SIZE_MAX = 200;

  @Inject private AthleteAccess access;
  @Inject private ClearanceLookup clearances;
  @Inject private FlaggedReports flagged;
  @Inject private Validator validator;

  public QueuePage page(QueueFilter filter, int page, int size) {
    Violations.requireValid(validator, new QueueRequest(page, size, filter.statusOrOpen()));

    FlaggedReports.Page found =
        flagged.page(
            filter.statusOrOpen(),
            filter.level(),
            filter.athleteId(),
            callersCoachId(),
            page,
            size);
    Set<Long> awaiting =
        clearances
            .awaitingClearance(found.rows().stream().map(FlaggedReports.Row::athleteId).toList())
            .keySet();
    return new QueuePage(
        found.rows().stream().map(row -> item(row, awaiting)).toList(), found.total());
  }

  /** How many reports the queue holds for {@code filter} on all its pages (for a paginator). */
  public long count(QueueFilter filter) {
    return flagged.count(
        filter.statusOrOpen(), filter.level(), filter.athleteId(), callersCoachId());
  }

  /** The coach whose athletes the caller sees; null for a tenant admin, who sees all. */
  private Long callersCoachId() {
    return access.callerIsTenantAdmin() ? null : access.callerCoachId();
  }

  /**
   * The caller's open flagged reports by level, for the counts on the coach's start page: one
   * query, whoever the caller is.
   */
  public Map<Level, Long> openCounts() {
    return flagged.openCountsByLevel(access.callerIsTenantAdmin() ? null : access.callerEmail());
  }

  private static QueueItem item(FlaggedReports.Row row, Set<Long> awaitingClearance) {
    return new QueueItem(
        row.reportId(),
        row.athleteId(),
        row.athleteName(),
        row.week().toString(),
        row.level(),
        row.status(),
        row.submittedAt(),
        awaitingClearance.contains(row.athleteId()));
  }
}
