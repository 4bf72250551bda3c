package com.pullsafe.hostile;

import com.pullsafe.testing.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A digest of everything a request may store, table by table, read over JDBC in one query: taken
 * before and after a request, it shows whether a refused request stored or changed anything. Left
 * out is what changes by itself or for reasons other than the request's content: an alert's e-mail
 * status (sent after commit), a token's last use, and audit entries of sign-ins (a refused sign-in
 * may rightly be recorded); the domain's audit actions are counted.
 */
final class StoredRows implements AutoCloseable {

  private static final String DOMAIN_AUDIT_ACTIONS =
      "'REVIEW_CONFIRMED', 'REVIEW_OVERRIDDEN', 'ASSIGNMENT_MADE', 'CLEARANCE_RECORDED',"
          + " 'SETTINGS_CHANGED', 'COACH_ASSIGNED', 'ATHLETE_ARCHIVED', 'ATHLETE_ADDED',"
          + " 'COACH_ADDED'";

  /** Table to the text of each row that counts, or {@code null} to count rows only. */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("tenant", "t::text");
    TABLES.put(
        "app_user",
        "concat_ws(',', t.id, t.tenant_id, t.email, t.display_name, t.password_hash, t.role,"
            + " t.active)");
    TABLES.put("coach", "t::text");
    TABLES.put("athlete", "t::text");
    TABLES.put("tenant_settings", "t::text");
    TABLES.put("weekly_report", "t::text");
    TABLES.put("report_version", "t::text");
    TABLES.put("triage_result", "t::text");
    TABLES.put("review", "t::text");
    TABLES.put("assignment", "t::text");
    TABLES.put("clearance", "t::text");
    TABLES.put(
        "access_token",
        "concat_ws(',', t.id, t.account_id, t.name, t.token_hash, t.revoked_at, t.expires_at)");
    TABLES.put("notification", null);
  }

  private final Connection db;
  private final String query;

  StoredRows() {
    try {
      this.db = Database.connect();
    } catch (SQLException e) {
      throw new IllegalStateException("no database for the hostile tier", e);
    }
    List<String> columns = new ArrayList<>();
    TABLES.forEach(
        (table, row) ->
            columns.add(
                row == null
                    ? "(select count(*)::text from " + table + ")"
                    : "(select count(*) || '/' || coalesce(md5(string_agg("
                        + row
                        + ", '|' order by t.id)), '-') from "
                        + table
                        + " t)"));
    columns.add(
        "(select count(*)::text from audit_entry where action in (" + DOMAIN_AUDIT_ACTIONS + "))");
    this.query = "select " + String.join(", ", columns);
  }

  /** Table name to its digest, now. */
  Map<String, String> now() {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      Map<String, String> digest = new LinkedHashMap<>();
      int column = 1;
      for (String table : TABLES.keySet()) {
        digest.put(table, row.getString(column++));
      }
      digest.put("audit_entry (domain actions)", row.getString(column));
      return digest;
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  /** The tables whose digest differs between {@code before} and {@code after}. */
  static List<String> changed(Map<String, String> before, Map<String, String> after) {
    return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
