package com.pullsafe.reports;

import com.pullsafe.identity.Role;
import com.pullsafe.roster.AthleteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * An athlete submits their weekly report (domain brief, "The weekly report"; issue 4, "Report
 * submission"): validated, stored once per ISO week, triaged with the tenant's settings; AMBER and
 * above wait in the coach's queue, RED and URGENT alert the coach after the commit. Bad input or a
 * second report for a week changes nothing.
 */
@Stateless
public class ReportSubmission {

  @Inject private AthleteAccess access;
  @Inject private ReportRecorder recorder;

  @RolesAllowed(Role.ATHLETE_NAME)
  public ReportView submit(NewReport report) {
    return recorder.record(access.callerAthlete(), report, Instant.now());
  }
}
