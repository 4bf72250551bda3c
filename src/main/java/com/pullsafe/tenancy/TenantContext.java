package com.pullsafe.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which tenant the current unit of work belongs to. Normally the signed-in caller's tenant (see
 * {@link TenantInterceptor}); system work without a caller (start-up, demo data) names its tenant
 * explicitly with {@link #runAs}.
 */
public final class TenantContext {

  /** EclipseLink's entity manager property for single-table multitenancy. */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  private static final ThreadLocal<Long> SYSTEM_TENANT = new ThreadLocal<>();

  private TenantContext() {}

  public static <T> T runAs(long tenantId, Supplier<T> work) {
    Long previous = SYSTEM_TENANT.get();
    SYSTEM_TENANT.set(tenantId);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        SYSTEM_TENANT.remove();
      } else {
        SYSTEM_TENANT.set(previous);
      }
    }
  }

  static Optional<Long> systemTenant() {
    return Optional.ofNullable(SYSTEM_TENANT.get());
  }
}
