package com.pullsafe.squad;

/**
 * The squad view's SQL. Native, because the risk order needs window aggregates and lateral joins
 * that JPQL lacks; such statements bypass EclipseLink's tenant filter, so every table in them is
 * filtered by {@code tenant_id = ?1} here. {@code ?2} and {@code ?3} are the window's oldest and
 * newest weeks (ISO week strings sort as the weeks do); {@code ?4} is the coach when a coach asks.
 */
final class SquadQueries {

  private SquadQueries() {}

  private static final String RANK =
      "case %s when 'URGENT' then 3 when 'RED' then 2 when 'AMBER' then 1 when 'GREEN' then 0"
          + " else -1 end";

  /** PostgreSQL's pattern of an ISO week as the portal writes it, e.g. 2026-W47. */
  private static final String ISO_WEEK = "'IYYY-\"W\"IW'";

  /** The athletes in view: the tenant's, or one coach's ({@code ?4}); never archived ones. */
  private static String inView(boolean oneCoach) {
    return "a.tenant_id = ?1 and not a.archived" + (oneCoach ? " and a.coach_id = ?4" : "");
  }

  /** The engine's current triage of a report (an amended report keeps its earlier ones). */
  private static final String CURRENT_TRIAGE =
      "join triage_result t on t.tenant_id = r.tenant_id and t.report_id = r.id"
          + " and t.version_number = r.version_number";

  static String count(boolean oneCoach) {
    return "select count(*) from athlete a where " + inView(oneCoach);
  }

  /**
   * A page of athletes in risk order: the shown status RED or URGENT (the latest week's standing
   * level, raised to an awaited clearance's), then RECURRING_PAIN in the latest week, then the most
   * weeks without a report since the athlete joined, then the shown status, then by name. The
   * awaited clearance is read as {@code ClearanceStops} reads it: the most severe (then latest)
   * current engine result at RED or URGENT after the athlete's latest clearance.
   */
  static String page(boolean oneCoach) {
    return "select id, display_name, coach_name, shown_rank, awaited_level, awaited_week, recurring,"
        + " missing, joined_week from ("
        + " select a.id, a.display_name, c.display_name as coach_name,"
        + " greatest("
        + RANK.formatted("a.status_level")
        + ", "
        + RANK.formatted("aw.level")
        + ") as shown_rank, aw.level as awaited_level, aw.week as awaited_week,"
        + " rp.recurring is not null as recurring,"
        + " "
        + weeksSinceJoining()
        + " - coalesce(s.reported, 0) as missing, j.joined_week"
        + " from athlete a"
        + " join app_user u on u.id = a.account_id"
        // The athlete's first week with the club: their account's, or their first report's when
        // older (reports brought over from before the account). Weeks before it miss nothing.
        + " cross join lateral (select least(to_char(u.created_at at time zone 'UTC', "
        + ISO_WEEK
        + "), (select min(r.week) from weekly_report r where r.tenant_id = ?1"
        + " and r.athlete_id = a.id)) as joined_week) j"
        + " left join coach c on c.tenant_id = a.tenant_id and c.id = a.coach_id"
        + " left join (select r.athlete_id, count(*) as reported from weekly_report r"
        + " where r.tenant_id = ?1 and r.week between ?2 and ?3 group by r.athlete_id) s"
        + " on s.athlete_id = a.id"
        // From the engine's results through their partial index (triage_result_flagged).
        + " left join lateral (select t.level, r.week from triage_result t"
        + " join weekly_report r on r.tenant_id = t.tenant_id and r.id = t.report_id"
        + " and r.version_number = t.version_number"
        + " where t.tenant_id = ?1 and t.athlete_id = a.id and t.level in ('RED', 'URGENT')"
        + " and t.created_at > coalesce((select max(cl.cleared_at) from clearance cl"
        + " where cl.tenant_id = ?1 and cl.athlete_id = a.id), '-infinity'::timestamptz)"
        + " order by t.level = 'URGENT' desc, t.created_at desc limit 1) aw on true"
        + " left join lateral (select 1 as recurring from weekly_report r "
        + CURRENT_TRIAGE
        + " join triage_finding f on f.triage_result_id = t.id"
        + " where r.tenant_id = ?1 and r.athlete_id = a.id and r.week = a.status_week"
        + " and r.week between ?2 and ?3 and f.code = 'RECURRING_PAIN' limit 1) rp on true"
        + " where "
        + inView(oneCoach)
        + ") squad"
        + " order by case when shown_rank >= 2 then shown_rank else 0 end desc,"
        + " recurring desc, missing desc, shown_rank desc, lower(display_name), id"
        + " limit ?5 offset ?6";
  }

  /** How many of the window's weeks, up to its newest ({@code ?3}), fall on or after joining. */
  private static String weeksSinceJoining() {
    return "greatest(0, least("
        + SquadWindow.WEEKS
        + ", (to_date(?3, "
        + ISO_WEEK
        + ") - to_date(j.joined_week, "
        + ISO_WEEK
        + ")) / 7 + 1))";
  }

  /** The window's reports of the athletes whose ids are bound from ?4 on (one per athlete). */
  static String weeksOf(int athletes) {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < athletes; i++) {
      ids.append(i == 0 ? "" : ", ").append('?').append(i + 4);
    }
    return "select r.id, r.athlete_id, r.week, r.level, r.review_status from weekly_report r"
        + " where r.tenant_id = ?1 and r.week between ?2 and ?3 and r.athlete_id in ("
        + ids
        + ")";
  }

  /** By week: the reports, and those the engine flagged (AMBER or above). */
  static String flaggedByWeek(boolean oneCoach) {
    return "select r.week, count(*), count(*) filter (where t.level <> 'GREEN')"
        + " from weekly_report r join athlete a on a.tenant_id = r.tenant_id and a.id ="
        + " r.athlete_id "
        + CURRENT_TRIAGE
        + " where r.tenant_id = ?1 and r.week between ?2 and ?3 and "
        + inView(oneCoach)
        + " group by r.week order by r.week";
  }

  /** The findings of the current triages, most frequent first. */
  static String topFindings(boolean oneCoach) {
    return "select f.code, count(distinct r.id) from weekly_report r join athlete a on a.tenant_id ="
        + " r.tenant_id and a.id = r.athlete_id "
        + CURRENT_TRIAGE
        + " join triage_finding f on f.triage_result_id = t.id"
        + " where r.tenant_id = ?1 and r.week between ?2 and ?3 and "
        + inView(oneCoach)
        + " group by f.code order by count(distinct r.id) desc, f.code limit "
        + SquadTrends.TOP_FINDINGS;
  }
}
