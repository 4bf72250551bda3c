package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PersistingTest {

  @Test
  void aDuplicateKeyDeepInTheCauseChainIsAClash() {
    var duplicate = new SQLException("duplicate key value", "23505");
    assertTrue(Persisting.isClash(new PersistenceException(new RuntimeException(duplicate))));
  }

  @Test
  void aStaleVersionIsAClash() {
    assertTrue(Persisting.isClash(new PersistenceException(new OptimisticLockException("stale"))));
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    var checkViolation = new SQLException("violates check constraint", "23514");
    assertFalse(Persisting.isClash(new PersistenceException(checkViolation)));
    assertFalse(Persisting.isClash(new PersistenceException("boom")));
  }
}
