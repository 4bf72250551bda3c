package com.pullsafe.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Flushes inside the business method, so that a clash with a concurrent transaction (a stale
 * version, a duplicate key) surfaces as a {@link Conflict} the caller can answer with 409, not as a
 * rollback at commit.
 */
public final class Persisting {

  /** PostgreSQL's SQLSTATE for a unique-constraint violation. */
  static final String UNIQUE_VIOLATION = "23505";

  private Persisting() {}

  public static void flushOrConflict(EntityManager em, Supplier<? extends Conflict> conflict) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict.get();
    } catch (PersistenceException e) {
      if (isClash(e)) {
        throw conflict.get();
      }
      throw e;
    }
  }

  static boolean isClash(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t instanceof OptimisticLockException
          || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
