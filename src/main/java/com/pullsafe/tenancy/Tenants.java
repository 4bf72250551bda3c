package com.pullsafe.tenancy;

import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.Persisting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opening, finding, suspending and reactivating tenants, inside the caller's transaction. No access
 * rules: the platform admin's service checks the caller first.
 */
@ApplicationScoped
public class Tenants {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  /**
   * A new active tenant, stored at once so that its accounts can refer to it; {@code slugTaken}
   * when a concurrent transaction stored the same slug first.
   */
  public Tenant open(String slug, String name, Supplier<? extends Conflict> slugTaken) {
    Tenant tenant = new Tenant(slug, name);
    em.persist(tenant);
    Persisting.flushOrConflict(em, slugTaken);
    return tenant;
  }

  public Optional<Tenant> findBySlug(String slug) {
    return em.createNamedQuery("Tenant.findBySlug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** Suspends the tenant; false when there is none. */
  public boolean suspend(long tenantId) {
    return change(tenantId, Tenant::suspend);
  }

  /** Reactivates the tenant; false when there is none. */
  public boolean reactivate(long tenantId) {
    return change(tenantId, Tenant::reactivate);
  }

  /**
   * Locks the tenant's row until the caller's transaction ends, so that changes that must see each
   * other (two admins deactivating each other) run one at a time per tenant.
   */
  public void lock(long tenantId) {
    em.find(Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
  }

  private boolean change(long tenantId, Consumer<Tenant> change) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant == null) {
      return false;
    }
    change.accept(tenant);
    return true;
  }
}
