package com.pullsafe.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Every table that holds a tenant's rows, in one place: the tenant export reads them in this order
 * and the tenant deletion removes them in the reverse order (children before the rows they point
 * to). A table added later that holds a tenant's rows belongs here; {@code TenantTablesIT} fails
 * until it is.
 */
public final class TenantTables {

  private static final String OWN = "tenant_id = ?";
  private static final String OF_ACCOUNTS =
      "account_id in (select id from app_user where " + OWN + ")";
  private static final String OF_TRIAGES =
      "triage_result_id in (select id from triage_result where " + OWN + ")";

  /**
   * One table: its name, the condition that selects the tenant's rows (one {@code ?}, the tenant's
   * id), the columns that order its rows uniquely (for reading it page by page), and the columns
   * that hold secrets and are never exported.
   */
  public record TenantTable(
      String name, String rowsOfTenant, List<String> key, Set<String> secrets) {

    TenantTable(String name, String rowsOfTenant, List<String> key) {
      this(name, rowsOfTenant, key, Set.of());
    }
  }

  public static final List<TenantTable> ALL =
      List.of(
          new TenantTable("tenant", "id = ?", List.of("id")),
          new TenantTable("tenant_settings", OWN, List.of("id")),
          new TenantTable("app_user", OWN, List.of("id"), Set.of("password_hash")),
          new TenantTable("access_token", OF_ACCOUNTS, List.of("id"), Set.of("token_hash")),
          new TenantTable("password_link", OF_ACCOUNTS, List.of("id"), Set.of("token_hash")),
          new TenantTable("totp_enrolment", OF_ACCOUNTS, List.of("id"), Set.of("sealed_secret")),
          new TenantTable("recovery_code", OF_ACCOUNTS, List.of("id"), Set.of("code_hash")),
          new TenantTable("coach", OWN, List.of("id")),
          new TenantTable("athlete", OWN, List.of("id")),
          new TenantTable("reminder_sent", OWN, List.of("id"), Set.of("unsubscribe_hash")),
          new TenantTable("reminder_opt_out", OWN, List.of("athlete_id")),
          new TenantTable("weekly_report", OWN, List.of("id")),
          new TenantTable("triage_result", OWN, List.of("id")),
          new TenantTable("triage_finding", OF_TRIAGES, List.of("triage_result_id", "position")),
          new TenantTable("triage_suggestion", OF_TRIAGES, List.of("triage_result_id", "position")),
          new TenantTable("report_version", OWN, List.of("id")),
          new TenantTable("review", OWN, List.of("id")),
          new TenantTable("assignment", OWN, List.of("id")),
          new TenantTable("clearance", OWN, List.of("id")),
          new TenantTable("notification", OWN, List.of("id")),
          new TenantTable("erased_report_count", OWN, List.of("week", "level")),
          new TenantTable("webhook_endpoint", OWN, List.of("id"), Set.of("secret")),
          new TenantTable("webhook_delivery", OWN, List.of("id")),
          new TenantTable("audit_entry", OWN, List.of("id")));

  private TenantTables() {}

  /** The tables in the order their rows can be deleted: rows that point to others first. */
  public static List<TenantTable> deletionOrder() {
    List<TenantTable> order = new ArrayList<>(ALL);
    Collections.reverse(order);
    return List.copyOf(order);
  }
}
