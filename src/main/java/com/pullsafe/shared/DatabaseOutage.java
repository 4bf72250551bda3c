package com.pullsafe.shared;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
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

  /** Enough for any real chain, and a bound on a self-referencing one. */
  private static final int MAX_EXCEPTIONS_READ = 60;

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable thrown) {
    return anywhereIn(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /**
   * Follows causes and suppressed exceptions: a commit that fails because the connection dropped
   * reaches us as the transaction manager's RollbackException, which carries the pool's failure as
   * a suppressed exception, not as its cause.
   */
  private static boolean anywhereIn(Throwable thrown, Set<Throwable> seen) {
    if (thrown == null || seen.size() >= MAX_EXCEPTIONS_READ || !seen.add(thrown)) {
      return false;
    }
    if (thrown instanceof SQLException sql && isOutageState(sql.getSQLState())) {
      return true;
    }
    if (isPoolFailure(thrown.getClass())) {
      return true;
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      if (anywhereIn(suppressed, seen)) {
        return true;
      }
    }
    return anywhereIn(thrown.getCause(), seen);
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
