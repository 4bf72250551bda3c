package com.pullsafe.review;

import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.program.ProgramPlanner;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportStanding;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.WeeklyReport;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.shared.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A coach's review of a report (domain brief, "Coaches ... confirm or override it (override needs a
 * reason), write a note to the athlete, assign deadlift alternatives and corrective drills"; api-v1
 * {@code POST /reports/{id}/review}). Only the athlete's coach or a tenant admin may review; a
 * concurrent review of the same report is refused with a conflict; every review and override is
 * audited.
 */
@Stateless
public class ReviewService {

  @Inject private AthleteAccess access;
  @Inject private AccountService accounts;
  @Inject private ReviewRecorder reviewing;
  @Inject private ReportService reports;
  @Inject private ProgramPlanner programs;
  @Inject private ReportStanding standing;

  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public ReviewView review(long reportId, ReviewRequest request) {
    WeeklyReport report =
        standing
            .find(reportId)
            .filter(r -> access.maySee(r.getAthlete()))
            .orElseThrow(() -> new NotFound("Report"));
    String by = access.callerEmail();
    String byName = accounts.findByEmail(by).map(UserAccount::getDisplayName).orElse(by);
    return reviewing.review(report, request, by, byName, Instant.now());
  }

  /**
   * The report with its triage, latest review, the assignments made with it and its earlier
   * versions (api-v1 GET /reports/{id}).
   */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
  public ReportDetail detail(long reportId) {
    ReportView report = reports.getReport(reportId);
    return new ReportDetail(
        report,
        reviewing.findReview(reportId).map(Review::view).orElse(null),
        programs.assignmentsOfReport(reportId),
        reports.earlierVersions(reportId));
  }
}
