package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowedBudgetTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private Instant now = T0;
  private final WindowedBudget budget =
      new WindowedBudget(
          10,
          Duration.ofMinutes(15),
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void aSpendBeyondTheBudgetWaitsUntilTheWindowEndsAndSpendsNothing() {
    assertEquals(Optional.empty(), budget.spend("coach", 8));
    now = T0.plusSeconds(60);

    assertEquals(Optional.of(Duration.ofMinutes(14)), budget.spend("coach", 3));
    assertEquals(Optional.empty(), budget.spend("coach", 2), "the refused spend was counted");
    assertTrue(budget.spend("coach", 1).isPresent());
  }

  @Test
  void eachKeyHasItsOwnBudgetAndANewWindowStartsAfresh() {
    assertEquals(Optional.empty(), budget.spend("a", 10));
    assertEquals(Optional.empty(), budget.spend("b", 10));
    assertTrue(budget.spend("a", 1).isPresent());

    now = T0.plus(Duration.ofMinutes(15));
    assertEquals(Optional.empty(), budget.spend("a", 10));
  }
}
