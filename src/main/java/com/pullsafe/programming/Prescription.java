package com.pullsafe.programming;

import java.math.BigDecimal;

/**
 * What the athlete may pull next week.
 *
 * @param clearedForHeavyPulling false after a RED or URGENT report until a coach clears
 * @param progressionCapPercent the weekly cap that applies to the athlete
 * @param nextTopSetMaxKg heaviest allowed top set; null when not cleared or without a top set
 * @param estimatedOneRepMaxKg Epley estimate of the last top set; null without one
 * @param relearningBlock the block to follow; null unless required and cleared, and null for a lift
 *     too light to load in plate steps
 * @param walkingAllowed always true: walking stays allowed
 */
public record Prescription(
    boolean clearedForHeavyPulling,
    BigDecimal progressionCapPercent,
    BigDecimal nextTopSetMaxKg,
    BigDecimal estimatedOneRepMaxKg,
    RelearningBlock relearningBlock,
    boolean walkingAllowed) {}
