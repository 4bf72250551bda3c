package com.pullsafe.program;

import java.math.BigDecimal;

/**
 * An exercise a coach assigns: an alternative or drill of the catalog by its code, sets, reps, and
 * optionally a load and a tempo (e.g. "3-1-3").
 */
public record NewAssignment(
    String alternative, Integer sets, Integer reps, BigDecimal loadKg, String tempo) {}
