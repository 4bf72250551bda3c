package com.pullsafe.privacy;

import com.pullsafe.privacy.AthleteSections.Id;
import java.util.List;

/**
 * Which audit entries are about an athlete: those whose object is the athlete, their account, a
 * review of one of their reports, one of their assignments or clearances, and those the athlete did
 * themself (their sign-ins). Written for an {@code audit_entry} row; the tenant is bound by the
 * caller's query.
 */
final class AboutTheAthlete {

  static final String AUDIT_CONDITION =
      "tenant_id = ? and ((object_type = 'Athlete' and object_id = ?)"
          + " or (object_type = 'Account' and object_id = ?)"
          + " or actor = (select email from app_user where tenant_id = ? and id = ?)"
          + " or (object_type = 'Review' and object_id in (select id from review where tenant_id"
          + " = ? and report_id in (select id from weekly_report where tenant_id = ? and"
          + " athlete_id = ?)))"
          + " or (object_type = 'Assignment' and object_id in (select id from assignment where"
          + " tenant_id = ? and athlete_id = ?))"
          + " or (object_type = 'Clearance' and object_id in (select id from clearance where"
          + " tenant_id = ? and athlete_id = ?)))";

  /** The parameters of {@link #AUDIT_CONDITION}, in order. */
  static final List<Id> AUDIT_PARAMETERS =
      List.of(
          Id.TENANT,
          Id.ATHLETE,
          Id.ACCOUNT,
          Id.TENANT,
          Id.ACCOUNT,
          Id.TENANT,
          Id.TENANT,
          Id.ATHLETE,
          Id.TENANT,
          Id.ATHLETE,
          Id.TENANT,
          Id.ATHLETE);

  private AboutTheAthlete() {}
}
