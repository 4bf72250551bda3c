package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aConnectionFailureDeepInTheCauseChainIsAnOutage() {
    SQLException refused = new SQLException("Connection refused", "08001");

    assertTrue(
        DatabaseOutage.causedBy(
            new IllegalStateException(new PersistenceException("query failed", refused))));
  }

  @Test
  void aServerShuttingDownIsAnOutage() {
    assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01")));
    assertTrue(DatabaseOutage.causedBy(new SQLException("shutting down", "57P03")));
  }

  @Test
  void aPoolThatCannotGetAConnectionIsAnOutage() {
    assertTrue(
        DatabaseOutage.causedBy(
            new RuntimeException(
                new ResourceException("IJ000453: Unable to get managed connection"))));
  }

  @Test
  void aCommitThatFailsOnADroppedConnectionIsAnOutage() {
    // What Narayana throws when the one-phase commit fails: the pool's failure is suppressed.
    RollbackException commitFailed = new RollbackException("ARJUNA016053: Could not commit");
    XAException localCommit = new XAException("IJ001156: Could not commit local transaction");
    localCommit.initCause(new ResourceException("SQLException"));
    commitFailed.addSuppressed(localCommit);

    assertTrue(DatabaseOutage.causedBy(new EJBTransactionRolledbackException("", commitFailed)));
  }

  @Test
  void aRollbackForAnyOtherReasonIsNotAnOutage() {
    RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit");
    rolledBack.addSuppressed(new SQLException("duplicate key", "23505"));

    assertFalse(DatabaseOutage.causedBy(new EJBTransactionRolledbackException("", rolledBack)));
  }

  @Test
  void anExceptionThatSuppressesItsOwnCauseIsReadOnce() {
    IllegalStateException outer = new IllegalStateException("outer");
    RuntimeException inner = new RuntimeException("inner", outer);
    outer.addSuppressed(inner);

    assertFalse(DatabaseOutage.causedBy(outer));
  }

  @Test
  void aDuplicateKeyOrAnyOtherFaultIsNotAnOutage() {
    assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
    assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
  }
}
