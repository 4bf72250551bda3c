package com.pullsafe.shared;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a database that cannot be reached (down, restarting, refusing connections, the pool unable
 * to connect) from a fault in our own code, so that callers answer 503 and the client retries,
 * instead of 500. Reads the cause chain: PostgreSQL's SQLSTATE classes for connection failures and
 * shutdowns, and the connection pool's "unable to get a connection".
 */
public final class DatabaseOutage {

  /** Retry-After for answers given while the database is unreachable, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now. */
  private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

  /** Class 08: connection exception. */
  private static final String CONNECTION_CLASS = "08";

  private static final Set<String> POOL_EXCEPTIONS =
      Set.of("jakarta.resource.ResourceException", "javax.resource.ResourceException");

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 30; t = t.getCause(), depth++) {
      if (t instanceof SQLException sql && isOutageState(sql.getSQLState())) {
        return true;
      }
      if (isPoolFailure(t.getClass())) {
        return true;
      }
    }
    return false;
  }

  static boolean isOutageState(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith(CONNECTION_CLASS) || SHUTDOWN_STATES.contains(sqlState));
  }

  private static boolean isPoolFailure(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (POOL_EXCEPTIONS.contains(c.getName())) {
        return true;
      }
    }
    return false;
  }
}
