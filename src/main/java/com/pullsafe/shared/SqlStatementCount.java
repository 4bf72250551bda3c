package com.pullsafe.shared;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SQL statements one request sends to the database, counted on the request's thread (EJB calls
 * run on it) by {@link SqlStatementListener}, and told as a {@code Server-Timing} entry. Statements
 * run on other threads (asynchronous audit entries, timers) belong to no request.
 */
public final class SqlStatementCount {

  /** The entry's name in {@code Server-Timing}. */
  public static final String METRIC = "sql";

  private static final ThreadLocal<SqlStatementCount> CURRENT = new ThreadLocal<>();

  private final AtomicInteger statements = new AtomicInteger();

  private SqlStatementCount() {}

  /** Starts counting the statements of this thread, until {@link #stop()}. */
  public static SqlStatementCount start() {
    SqlStatementCount count = new SqlStatementCount();
    CURRENT.set(count);
    return count;
  }

  /** Stops counting on this thread; the count keeps its total. */
  public void stop() {
    if (CURRENT.get() == this) {
      CURRENT.remove();
    }
  }

  /** One statement went to the database from this thread. */
  static void statementSent() {
    SqlStatementCount count = CURRENT.get();
    if (count != null) {
      count.statements.incrementAndGet();
    }
  }

  public int statements() {
    return statements.get();
  }

  /** The count as one entry of a {@code Server-Timing} header, which browser devtools show. */
  public String serverTiming() {
    return METRIC + ";desc=\"" + statements() + " SQL statements\"";
  }
}
