package com.pullsafe.privacy;

import java.util.List;

/**
 * Every table row that is about one athlete, section by section, as the SQL that reads it. Each
 * query takes the tenant, the athlete and the athlete's account (in this order, as often as its
 * {@code ?} marks say) and reads only that tenant's rows. Secrets (the password hash, token hashes)
 * are never selected. The erasure ({@link AthleteErasureService}) removes or anonymises the same
 * rows; a table added later that is about an athlete belongs in both.
 */
final class AthleteSections {

  /** One section of the export: its name, its query and which of the three ids it binds. */
  record Section(String name, String sql, List<Id> parameters) {}

  enum Id {
    TENANT,
    ATHLETE,
    ACCOUNT
  }

  private static final String REPORTS_OF_ATHLETE =
      "select id from weekly_report where tenant_id = ? and athlete_id = ?";

  static final List<Section> ALL =
      List.of(
          new Section(
              "account",
              "select id, email, display_name, role, active, created_at, credentials_changed_at"
                  + " from app_user where tenant_id = ? and id = ?",
              List.of(Id.TENANT, Id.ACCOUNT)),
          new Section(
              "accessTokens",
              "select t.id, t.name, t.prefix, t.created_at, t.last_used_at, t.expires_at,"
                  + " t.revoked_at from access_token t join app_user u on u.id = t.account_id"
                  + " where u.tenant_id = ? and u.id = ? order by t.id",
              List.of(Id.TENANT, Id.ACCOUNT)),
          new Section(
              "profile",
              "select a.id, a.display_name, a.archived, a.status_level, a.status_week, a.coach_id,"
                  + " c.display_name as coach_name from athlete a left join coach c on c.id ="
                  + " a.coach_id and c.tenant_id = a.tenant_id where a.tenant_id = ? and a.id = ?",
              List.of(Id.TENANT, Id.ATHLETE)),
          new Section(
              "reports",
              "select * from weekly_report where tenant_id = ? and athlete_id = ? order by week, id",
              List.of(Id.TENANT, Id.ATHLETE)),
          new Section(
              "reportVersions",
              "select * from report_version where tenant_id = ? and report_id in ("
                  + REPORTS_OF_ATHLETE
                  + ") order by report_id, version_number",
              List.of(Id.TENANT, Id.TENANT, Id.ATHLETE)),
          new Section(
              "triageResults",
              "select * from triage_result where tenant_id = ? and athlete_id = ?"
                  + " order by report_id, version_number",
              List.of(Id.TENANT, Id.ATHLETE)),
          new Section(
              "triageFindings",
              "select f.* from triage_finding f join triage_result t on t.id = f.triage_result_id"
                  + " where t.tenant_id = ? and t.athlete_id = ? order by f.triage_result_id,"
                  + " f.position",
              List.of(Id.TENANT, Id.ATHLETE)),
          new Section(
              "triageSuggestions",
              "select s.* from triage_suggestion s join triage_result t on t.id ="
                  + " s.triage_result_id where t.tenant_id = ? and t.athlete_id = ? order by"
                  + " s.triage_result_id, s.position",
              List.of(Id.TENANT, Id.ATHLETE)),
          new Section(
              "reviews",
              "select * from review where tenant_id = ? and report_id in ("
                  + REPORTS_OF_ATHLETE
                  + ") order by reviewed_at, id",
              List.of(Id.TENANT, Id.TENANT, Id.ATHLETE)),
          new Section(
              "assignments",
              "select * from assignment where tenant_id = ? and athlete_id = ? order by"
                  + " assigned_at, id",
              List.of(Id.TENANT, Id.ATHLETE)),
          new Section(
              "clearances",
              "select * from clearance where tenant_id = ? and athlete_id = ? order by cleared_at,"
                  + " id",
              List.of(Id.TENANT, Id.ATHLETE)),
          new Section(
              "notifications",
              "select id, report_id, athlete_name, week, level, created_at, read_at, mail_status,"
                  + " mail_sent_at from notification where tenant_id = ? and report_id in ("
                  + REPORTS_OF_ATHLETE
                  + ") order by created_at, id",
              List.of(Id.TENANT, Id.TENANT, Id.ATHLETE)),
          new Section(
              "auditEntries",
              "select id, at, actor, action, object_type, object_id, subject, detail from"
                  + " audit_entry where "
                  + AboutTheAthlete.AUDIT_CONDITION
                  + " order by at, id",
              AboutTheAthlete.AUDIT_PARAMETERS));

  private AthleteSections() {}
}
