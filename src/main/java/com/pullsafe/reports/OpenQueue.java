package com.pullsafe.reports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * How many flagged reports (AMBER and above) wait for a coach, over every tenant: an operator's
 * figure, so it bypasses the tenant filter of the persistence unit on purpose.
 */
@ApplicationScoped
public class OpenQueue {

  private static final int QUERY_TIMEOUT_SECONDS = 3;

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  /** The count, or NaN while the database cannot tell (a gauge shows a gap, not a false zero). */
  public double size() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet rows =
          statement.executeQuery(
              "select count(*) from weekly_report where review_status = 'OPEN' and level_rank >= 1")) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      return Double.NaN;
    }
  }
}
