package com.pullsafe.roster;

import java.util.Collection;
import java.util.Map;

/**
 * Which athletes await a coach's clearance after the engine's RED or URGENT result, whatever a
 * coach's override or later weeks say. The program feature implements it; the roster asks it so
 * that lists and details never show an athlete as GREEN while a clearance is awaited.
 */
public interface ClearanceLookup {

  /** For each of these athletes that awaits a clearance, what it awaits; in one query. */
  Map<Long, AwaitedClearance> awaitingClearance(Collection<Long> athleteIds);
}
