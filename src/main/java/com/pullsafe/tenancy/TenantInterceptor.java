package com.pullsafe.tenancy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place the tenant is applied: a default interceptor of every EJB (see ejb-jar.xml) that
 * puts the caller's tenant on the transaction's entity manager before the business method runs.
 * Without a tenant (anonymous, platform admin) the property stays unset and EclipseLink refuses any
 * query of a tenant-owned entity, so a missing tenant fails closed.
 */
public class TenantInterceptor {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager entityManager;

  @Resource private EJBContext ejbContext;

  @Inject private CallerTenants callerTenants;

  @AroundInvoke
  public Object applyTenant(InvocationContext invocation) throws Exception {
    currentTenant()
        .ifPresent(
            tenantId -> {
              if (!Objects.equals(
                  entityManager.getProperties().get(TenantContext.TENANT_PROPERTY), tenantId)) {
                entityManager.setProperty(TenantContext.TENANT_PROPERTY, tenantId);
              }
            });
    return invocation.proceed();
  }

  private Optional<Long> currentTenant() {
    Optional<Long> system = TenantContext.systemTenant();
    if (system.isPresent()) {
      return system;
    }
    Principal caller = ejbContext.getCallerPrincipal();
    if (caller == null || "anonymous".equals(caller.getName())) {
      return Optional.empty();
    }
    return callerTenants.tenantOf(caller.getName());
  }
}
