package com.pullsafe.program;

import com.pullsafe.programming.Alternative;
import java.math.BigDecimal;
import java.time.Instant;

/** An assignment as pages and the API show it. */
public record AssignmentView(
    long id,
    Alternative alternative,
    String name,
    int sets,
    int reps,
    BigDecimal loadKg,
    String tempo,
    String assignedBy,
    Instant assignedAt) {}
