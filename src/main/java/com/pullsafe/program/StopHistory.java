package com.pullsafe.program;

import com.pullsafe.programming.Alternative;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.triage.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's RED and URGENT results of one athlete, and when a coach last cleared them (domain
 * brief, "After RED or URGENT"). The engine's level decides: a coach's override of such a result
 * does not clear it, only a clearance recorded at or after it does. Plain Java.
 *
 * @param stops the current triage of each report at RED or URGENT, in any order
 * @param lastClearance the latest clearance; null when there is none
 */
record StopHistory(List<Stop> stops, Instant lastClearance) {

  /** One engine result that stops heavy pulling: its level, its report's week, when it was made. */
  record Stop(Level level, String week, Instant at) {}

  StopHistory {
    stops = List.copyOf(stops);
  }

  /**
   * The clearance awaited: the most severe result after the last clearance (the latest of them on a
   * tie), whatever later weeks or overrides say; empty when nothing awaits one.
   */
  Optional<AwaitedClearance> awaited() {
    return stops.stream()
        .filter(s -> lastClearance == null || s.at().isAfter(lastClearance))
        .max(Comparator.comparing(Stop::level).thenComparing(Stop::at))
        .map(s -> new AwaitedClearance(s.level(), s.week()));
  }

  /**
   * Whether an assignment made at {@code assignedAt} is paused: an engine RED or URGENT came after
   * it and does not allow it. A clearance does not resume it: its load was chosen before the red
   * flag, so the coach assigns afresh once the athlete is cleared (it stays listed as paused until
   * then, for the coach to copy from).
   */
  boolean pauses(Alternative alternative, BigDecimal loadKg, Instant assignedAt) {
    Objects.requireNonNull(assignedAt, "assignedAt");
    return stops.stream()
        .anyMatch(
            s ->
                s.at().isAfter(assignedAt)
                    && !ClearanceRule.allows(s.level(), alternative, loadKg));
  }
}
