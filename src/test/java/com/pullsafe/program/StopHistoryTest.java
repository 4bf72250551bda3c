package com.pullsafe.program;

import static com.pullsafe.programming.Alternative.GLUTE_BRIDGE;
import static com.pullsafe.programming.Alternative.RACK_PULL;
import static com.pullsafe.programming.Alternative.WALKING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.program.StopHistory.Stop;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.triage.Level;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopHistoryTest {

  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final BigDecimal HEAVY = new BigDecimal("140");

  private static Instant day(int days) {
    return MONDAY.plus(Duration.ofDays(days));
  }

  private static Stop stop(Level level, String week, int day) {
    return new Stop(level, week, day(day));
  }

  @Test
  void withoutAStopNothingIsAwaited() {
    assertEquals(Optional.empty(), new StopHistory(List.of(), null).awaited());
    assertEquals(Optional.empty(), new StopHistory(List.of(), day(3)).awaited());
  }

  @Test
  void aStopWithoutAClearanceIsAwaited() {
    StopHistory history = new StopHistory(List.of(stop(Level.RED, "2026-W10", 0)), null);

    assertEquals(Optional.of(new AwaitedClearance(Level.RED, "2026-W10")), history.awaited());
  }

  @Test
  void aClearanceAtOrAfterTheStopClearsIt() {
    List<Stop> stops = List.of(stop(Level.URGENT, "2026-W10", 1));

    assertEquals(Optional.empty(), new StopHistory(stops, day(1)).awaited());
    assertEquals(Optional.empty(), new StopHistory(stops, day(2)).awaited());
    assertTrue(new StopHistory(stops, day(1).minusMillis(1)).awaited().isPresent());
  }

  @Test
  void aStopAfterTheClearanceIsAwaitedAgain() {
    StopHistory history =
        new StopHistory(
            List.of(stop(Level.URGENT, "2026-W10", 0), stop(Level.RED, "2026-W11", 9)), day(4));

    assertEquals(Optional.of(new AwaitedClearance(Level.RED, "2026-W11")), history.awaited());
  }

  @Test
  void theMostSevereUnclearedStopIsAwaitedThenTheLatest() {
    StopHistory mixed =
        new StopHistory(
            List.of(stop(Level.RED, "2026-W12", 14), stop(Level.URGENT, "2026-W11", 7)), null);
    StopHistory twoReds =
        new StopHistory(
            List.of(stop(Level.RED, "2026-W12", 14), stop(Level.RED, "2026-W11", 7)), null);

    assertEquals(Optional.of(new AwaitedClearance(Level.URGENT, "2026-W11")), mixed.awaited());
    assertEquals(Optional.of(new AwaitedClearance(Level.RED, "2026-W12")), twoReds.awaited());
  }

  @Test
  void loadedWorkAssignedBeforeAStopIsPaused() {
    StopHistory history = new StopHistory(List.of(stop(Level.RED, "2026-W10", 3)), null);

    assertTrue(history.pauses(RACK_PULL, HEAVY, day(1)));
    assertTrue(history.pauses(GLUTE_BRIDGE, new BigDecimal("40"), day(1)));
  }

  @Test
  void whatTheStopAllowsStaysCurrent() {
    StopHistory red = new StopHistory(List.of(stop(Level.RED, "2026-W10", 3)), null);
    StopHistory urgent = new StopHistory(List.of(stop(Level.URGENT, "2026-W10", 3)), null);

    assertFalse(red.pauses(GLUTE_BRIDGE, null, day(1)));
    assertFalse(red.pauses(WALKING, null, day(1)));
    assertTrue(urgent.pauses(GLUTE_BRIDGE, null, day(1)));
    assertFalse(urgent.pauses(WALKING, null, day(1)));
  }

  @Test
  void workAssignedAfterTheStopIsNotPaused() {
    StopHistory history = new StopHistory(List.of(stop(Level.RED, "2026-W10", 3)), day(5));

    assertFalse(history.pauses(RACK_PULL, HEAVY, day(6)));
  }

  @Test
  void theClearanceDoesNotResumePausedWork() {
    StopHistory cleared = new StopHistory(List.of(stop(Level.RED, "2026-W10", 3)), day(5));

    assertEquals(Optional.empty(), cleared.awaited());
    assertTrue(cleared.pauses(RACK_PULL, HEAVY, day(1)));
  }
}
