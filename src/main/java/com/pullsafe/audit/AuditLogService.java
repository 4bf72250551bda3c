package com.pullsafe.audit;

import com.pullsafe.identity.Role;
import com.pullsafe.shared.StorableText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant's audit trail for the tenant admin, newest first, filtered and paged in the database
 * (over the index audit_entry_tenant_at).
 */
@Stateless
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class AuditLogService {

  public static final int PAGE_SIZE_MAX = 200;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  /**
   * @param action only this action; null for all
   * @param actor only actors whose login contains this text; null or blank for all
   * @param from only entries at or after; null for no bound
   * @param to only entries before; null for no bound
   */
  public record Filter(AuditAction action, String actor, Instant from, Instant to) {}

  /** One page of entries and the number of entries on all pages. */
  public record Page(List<AuditEntry> entries, long total) {}

  public Page page(Filter filter, int page, int size) {
    if (!StorableText.isStorable(filter.actor())) {
      // No stored login holds such a character, and PostgreSQL would refuse it as a parameter.
      return new Page(List.of(), 0);
    }
    Criteria criteria = Criteria.of(filter);
    TypedQuery<AuditEntry> entries =
        criteria.bind(
            em.createQuery(
                "select e" + criteria.where() + " order by e.at desc, e.id desc",
                AuditEntry.class));
    int bounded = Math.max(1, Math.min(size, PAGE_SIZE_MAX));
    return new Page(
        entries.setFirstResult(Math.max(0, page) * bounded).setMaxResults(bounded).getResultList(),
        count(criteria));
  }

  /** How many entries {@link #page} finds on all its pages, without reading any. */
  public long count(Filter filter) {
    return StorableText.isStorable(filter.actor()) ? count(Criteria.of(filter)) : 0;
  }

  private long count(Criteria criteria) {
    return criteria
        .bind(em.createQuery("select count(e)" + criteria.where(), Long.class))
        .getSingleResult();
  }

  /** The filter as a where clause over {@code e} and the values of its parameters. */
  private record Criteria(String where, Map<String, Object> parameters) {

    static Criteria of(Filter filter) {
      Map<String, Object> parameters = new LinkedHashMap<>();
      StringBuilder where = new StringBuilder(" from AuditEntry e where 1 = 1");
      if (filter.action() != null) {
        where.append(" and e.action = :action");
        parameters.put("action", filter.action());
      }
      if (filter.actor() != null && !filter.actor().isBlank()) {
        where.append(" and e.actor like :actor");
        parameters.put("actor", "%" + filter.actor().strip().toLowerCase(Locale.ROOT) + "%");
      }
      if (filter.from() != null) {
        where.append(" and e.at >= :from");
        parameters.put("from", filter.from());
      }
      if (filter.to() != null) {
        where.append(" and e.at < :to");
        parameters.put("to", filter.to());
      }
      return new Criteria(where.toString(), parameters);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      parameters.forEach(query::setParameter);
      return query;
    }
  }
}
