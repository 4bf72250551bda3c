package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
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
  void aDuplicateKeyOrAnyOtherFaultIsNotAnOutage() {
    assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
    assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
  }
}
