package com.pullsafe.program;

import com.pullsafe.programming.Alternative;
import com.pullsafe.programming.Dose;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An assignment as pages and the API show it.
 *
 * @param reps the amount of each set, counted in {@code unit}: reps, seconds or minutes
 * @param unit what {@code reps} counts, the catalog entry's unit (walking in minutes, planks in
 *     seconds)
 * @param dose sets and amount in words, e.g. "3 × 8", "3 × 30 s", "30 min"
 */
public record AssignmentView(
    long id,
    Alternative alternative,
    String name,
    int sets,
    int reps,
    Dose.Unit unit,
    String dose,
    BigDecimal loadKg,
    String tempo,
    String assignedBy,
    Instant assignedAt)
    implements Serializable {}
