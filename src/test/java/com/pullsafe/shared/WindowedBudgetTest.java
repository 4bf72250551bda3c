package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowedBudgetTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private final SettableClock clock = new SettableClock(T0);
  private final WindowedBudget budget = new WindowedBudget(10, Duration.ofMinutes(15), clock);

  @Test
  void aSpendBeyondTheBudgetWaitsUntilTheWindowEndsAndSpendsNothing() {
    assertEquals(Optional.empty(), budget.spend("coach", 8));
    clock.set(T0.plusSeconds(60));

    assertEquals(Optional.of(Duration.ofMinutes(14)), budget.spend("coach", 3));
    assertEquals(Optional.empty(), budget.spend("coach", 2), "the refused spend was counted");
    assertTrue(budget.spend("coach", 1).isPresent());
  }

  @Test
  void eachKeyHasItsOwnBudgetAndANewWindowStartsAfresh() {
    assertEquals(Optional.empty(), budget.spend("a", 10));
    assertEquals(Optional.empty(), budget.spend("b", 10));
    assertTrue(budget.spend("a", 1).isPresent());

    clock.set(T0.plus(Duration.ofMinutes(15)));
    assertEquals(Optional.empty(), budget.spend("a", 10));
  }
}
