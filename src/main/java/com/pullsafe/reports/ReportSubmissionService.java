package com.pullsafe.reports;

import com.pullsafe.identity.Role;
import com.pullsafe.roster.AthleteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * An athlete submits their weekly report (domain brief, "The weekly report"): validated, stored
 * once per ISO week, triaged with the tenant's settings; AMBER and above wait in the coach's queue,
 * RED and URGENT alert the coach after the commit. Bad input or a second report for a week changes
 * nothing. The athlete amends their own report of this week or last week (domain brief, "Amending a
 * report"). The athlete's row is locked first, as the erasure locks it: a report is either stored
 * before an erasure (and erased with the rest) or refused after it (the athlete is archived).
 */
@Stateless
public class ReportSubmissionService {

  @Inject private AthleteAccess access;
  @Inject private ReportRecorder recorder;

  @RolesAllowed(Role.ATHLETE_NAME)
  public ReportView submit(NewReport report) {
    return recorder.record(access.lockedCallerAthlete(), report, Instant.now());
  }

  /** The whole report again, for the same week; another athlete's report is not found. */
  @RolesAllowed(Role.ATHLETE_NAME)
  public ReportView amend(long reportId, NewReport report) {
    return recorder.amend(access.lockedCallerAthlete(), reportId, report, Instant.now());
  }
}
