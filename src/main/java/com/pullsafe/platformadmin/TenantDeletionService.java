package com.pullsafe.platformadmin;

import com.pullsafe.identity.Role;
import com.pullsafe.privacy.TenantTables;
import com.pullsafe.privacy.TenantTables.TenantTable;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.NotFound;
import com.pullsafe.tenancy.Tenant;
import com.pullsafe.tenancy.TenantDeleted;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/**
 * The platform admin deletes a tenant with all of its data, in one transaction: only a suspended
 * tenant (so that nobody of it is working in it), only when the tenant's name is typed as
 * confirmation. Every row of every table of {@link TenantTables} goes, children first, then the
 * tenant itself; its accounts' sessions and tokens end with them and their e-mail addresses are
 * free again. A platform audit entry (which outlives the tenant) records who deleted which tenant
 * and how many rows of each table.
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class TenantDeletionService {

  public static final String CONFIRM_FIELD = "confirmName";
  static final String ACTION = "TENANT_DELETED";

  private static final Bundle TEXTS = Bundle.of("ValidationMessages", TenantDeletionService.class);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Resource private SessionContext session;
  @Inject private Event<TenantDeleted> deleted;
  @Inject private Clock clock;

  /** What was deleted: the tenant and the rows removed per table. */
  public record DeletedTenant(long id, String slug, String name, Map<String, Long> rows) {}

  public DeletedTenant delete(long tenantId, String confirmName) {
    Tenant tenant = em.find(Tenant.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
    if (tenant == null) {
      throw new NotFound("Tenant");
    }
    if (confirmName == null || !confirmName.strip().equals(tenant.getName())) {
      throw InvalidInput.of(CONFIRM_FIELD, TEXTS.text("pullsafe.tenant.confirmName"));
    }
    if (tenant.isActive()) {
      throw new Conflict(TEXTS.text("pullsafe.tenant.deleteActive", tenant.getName()));
    }
    @SuppressWarnings("unchecked")
    List<String> emails =
        nativeQuery("select email from app_user where tenant_id = ?1", tenantId).getResultList();
    Map<String, Long> rows = new LinkedHashMap<>();
    for (TenantTable table : TenantTables.deletionOrder()) {
      String sql = "delete from " + table.name() + " where " + table.rowsOfTenant();
      rows.put(table.name(), (long) nativeQuery(sql.replace("?", "?1"), tenantId).executeUpdate());
    }
    // Native statements bypass EclipseLink's caches: drop what they may hold of the gone rows.
    em.getEntityManagerFactory().getCache().evictAll();
    nativeQuery(
            "insert into platform_audit_entry (at, actor, action, object_type, object_id,"
                + " subject, detail) values (?1, ?2, ?3, 'Tenant', ?4, ?5, ?6)",
            java.sql.Timestamp.from(clock.instant()),
            session.getCallerPrincipal().getName(),
            ACTION,
            tenantId,
            tenant.getName(),
            "Tenant "
                + tenant.getSlug()
                + " deleted with all of its data: "
                + rows.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")))
        .executeUpdate();
    deleted.fire(new TenantDeleted(tenantId, List.copyOf(emails)));
    return new DeletedTenant(tenantId, tenant.getSlug(), tenant.getName(), rows);
  }

  private Query nativeQuery(String sql, Object... values) {
    // EclipseLink disables native SQL in a multitenant unit; each statement binds the tenant
    // itself.
    Query query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    return query;
  }
}
