package com.pullsafe.platformadmin;

import com.pullsafe.tenancy.Tenant;
import java.time.Instant;

/** A tenant as the platform admin lists it, with its counts. */
public record TenantSummary(
    long id,
    String slug,
    String name,
    Tenant.Status status,
    Instant createdAt,
    long coaches,
    long athletes,
    long reports) {}
