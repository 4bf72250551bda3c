package com.pullsafe.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The integration tier's database as the tests see it over JDBC ({@link TestDatabase} chose it),
 * for checks the API cannot make, such as "nothing was stored".
 */
public final class Database {

  private Database() {}

  public static Connection connect() throws SQLException {
    return connect(System.getProperty("pullsafe.test.db.url"));
  }

  /** Another database on the tier's server, such as one a test created for itself. */
  public static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(
        url,
        System.getProperty("pullsafe.test.db.user"),
        System.getProperty("pullsafe.test.db.password"));
  }

  /** The single number {@code sql} selects, with {@code parameters} bound in order. */
  public static long number(String sql, Object... parameters) {
    try (Connection db = connect()) {
      return number(db, sql, parameters);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** As {@link #number(String, Object...)}, on the given connection. */
  public static long number(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
