package com.pullsafe.roster;

import com.pullsafe.triage.Level;

/**
 * An athlete awaits a coach's clearance (domain brief, "After RED or URGENT"): the engine's most
 * severe uncleared result, and the week of the report that gave it.
 *
 * @param level RED or URGENT
 * @param week ISO week, e.g. 2026-W47
 */
public record AwaitedClearance(Level level, String week) {}
