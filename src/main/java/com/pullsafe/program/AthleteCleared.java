package com.pullsafe.program;

import java.time.Instant;

/**
 * A coach recorded clearance {@code clearanceId}: athlete {@code athleteId} may load again. Fired
 * inside the clearance's transaction; observers that reach outside must wait for the commit.
 */
public record AthleteCleared(long tenantId, long clearanceId, long athleteId, Instant at) {}
