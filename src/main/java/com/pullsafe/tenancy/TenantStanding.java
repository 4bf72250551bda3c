package com.pullsafe.tenancy;

import com.pullsafe.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Suspends and reactivates a tenant inside the caller's transaction. No access rules: the platform
 * admin's service checks the caller first.
 */
@ApplicationScoped
public class TenantStanding {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  public void suspend(long tenantId) {
    find(tenantId).suspend();
  }

  public void reactivate(long tenantId) {
    find(tenantId).reactivate();
  }

  private Tenant find(long tenantId) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant == null) {
      throw new NotFound("Tenant");
    }
    return tenant;
  }
}
