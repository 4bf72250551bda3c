package com.pullsafe.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Direct access to the integration tier's database, for what no request can do (move a stored time
 * into the past) or show (a column the API does not answer with).
 */
public final class Rows {

  private Rows() {}

  /** Runs an update; returns how many rows it changed. */
  public static int update(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = prepare(db, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of the one row {@code sql} selects, as an instant (null for SQL null). */
  public static Instant instant(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = prepare(db, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new AssertionError("no row: " + sql);
      }
      Timestamp value = rows.getTimestamp(1);
      return value == null ? null : value.toInstant();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of the one row {@code sql} selects, as a number. */
  public static long number(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = prepare(db, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new AssertionError("no row: " + sql);
      }
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("pullsafe.test.db.url"),
        System.getProperty("pullsafe.test.db.user"),
        System.getProperty("pullsafe.test.db.password"));
  }
}
