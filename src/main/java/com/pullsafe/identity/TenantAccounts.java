package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of one tenant by role, as the staff pages and the alerts read them, inside the
 * caller's transaction. No access rules: callers check the caller first.
 */
@ApplicationScoped
public class TenantAccounts {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  public Optional<UserAccount> find(long accountId) {
    return Optional.ofNullable(em.find(UserAccount.class, accountId));
  }

  /** The tenant's accounts with {@code role}, oldest first. */
  public List<UserAccount> withRole(long tenantId, Role role) {
    return em.createNamedQuery("UserAccount.findByTenantAndRole", UserAccount.class)
        .setParameter("tenantId", tenantId)
        .setParameter("role", role)
        .getResultList();
  }

  /** The tenant's active accounts with {@code role}, oldest first. */
  public List<UserAccount> activeWithRole(long tenantId, Role role) {
    return em.createNamedQuery("UserAccount.findActiveByTenantAndRole", UserAccount.class)
        .setParameter("tenantId", tenantId)
        .setParameter("role", role)
        .getResultList();
  }

  /** How many active accounts with {@code role} the tenant has besides {@code accountId}. */
  public long countOtherActive(long tenantId, Role role, long accountId) {
    return em.createNamedQuery("UserAccount.countOtherActiveByTenantAndRole", Long.class)
        .setParameter("tenantId", tenantId)
        .setParameter("role", role)
        .setParameter("id", accountId)
        .getSingleResult();
  }
}
