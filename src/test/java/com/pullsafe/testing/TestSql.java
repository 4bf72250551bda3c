package com.pullsafe.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Changes the integration tier's database directly, for states no page or endpoint offers (an
 * account deactivated behind the portal's back, credentials changed at a given moment).
 */
public final class TestSql {

  private TestSql() {}

  /** Runs one update with its parameters; answers the number of rows changed. */
  public static int update(String sql, Object... parameters) {
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("pullsafe.test.db.url"),
                System.getProperty("pullsafe.test.db.user"),
                System.getProperty("pullsafe.test.db.password"));
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
