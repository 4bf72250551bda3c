package com.pullsafe.platformadmin;

import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.EmailUnavailable;
import com.pullsafe.identity.Role;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.Violations;
import com.pullsafe.tenancy.Tenant;
import com.pullsafe.tenancy.Tenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.persistence.config.QueryHints;

/** The platform admin's work on tenants: create, list with counts, suspend, reactivate. */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class TenantAdministrationService {

  /** Counts per tenant in one statement (no query per tenant); platform admins see no rows. */
  private static final String SUMMARIES =
      """
      select t.id, t.slug, t.name, t.status, t.created_at,
             (select count(*) from coach c where c.tenant_id = t.id),
             (select count(*) from athlete a where a.tenant_id = t.id),
             (select count(*) from weekly_report r where r.tenant_id = t.id)
        from tenant t
      """;

  private static final Bundle TEXTS =
      Bundle.of("ValidationMessages", TenantAdministrationService.class);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AccountService accounts;
  @Inject private Tenants tenants;
  @Inject private Validator validator;

  public Tenant create(NewTenant request) {
    List<FieldError> errors = new ArrayList<>(Violations.fieldErrors(validator.validate(request)));
    // A taken slug or e-mail alone is a conflict; with other errors it is reported with them.
    if (!errors.isEmpty() && !refused(errors, "slug") && findBySlug(request.slug()) != null) {
      errors.add(new FieldError("slug", TEXTS.text("pullsafe.tenant.slugTaken")));
    }
    if (!errors.isEmpty()
        && !refused(errors, "adminEmail")
        && accounts.emailTaken(request.adminEmail())) {
      errors.add(new FieldError("adminEmail", EmailUnavailable.MESSAGE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Supplier<Conflict> slugExists =
        () -> new Conflict(TEXTS.text("pullsafe.tenant.slugExists", request.slug()));
    if (findBySlug(request.slug()) != null) {
      throw slugExists.get();
    }
    if (accounts.emailTaken(request.adminEmail())) {
      throw new EmailUnavailable("adminEmail");
    }
    Tenant tenant = tenants.open(request.slug(), request.name().trim(), slugExists);
    try {
      accounts.create(
          tenant,
          request.adminEmail(),
          request.adminDisplayName(),
          request.adminPassword(),
          Role.TENANT_ADMIN);
    } catch (EmailUnavailable takenMeanwhile) {
      throw new EmailUnavailable("adminEmail");
    }
    return tenant;
  }

  private static boolean refused(List<FieldError> errors, String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public List<TenantSummary> summaries() {
    return summaryRows(SUMMARIES + " order by t.name, t.id", null).stream()
        .map(TenantAdministrationService::toSummary)
        .toList();
  }

  /** One tenant with its counts. */
  public TenantSummary summary(long tenantId) {
    return summaryRows(SUMMARIES + " where t.id = ?1", tenantId).stream()
        .findFirst()
        .map(TenantAdministrationService::toSummary)
        .orElseThrow(() -> new NotFound("Tenant"));
  }

  private List<Object[]> summaryRows(String sql, Long tenantId) {
    // EclipseLink disables native SQL in a multitenant unit; this platform-wide count opts in.
    var query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    if (tenantId != null) {
      query.setParameter(1, tenantId);
    }
    return ((List<?>) query.getResultList()).stream().map(Object[].class::cast).toList();
  }

  public void suspend(long tenantId) {
    if (!tenants.suspend(tenantId)) {
      throw new NotFound("Tenant");
    }
  }

  public void reactivate(long tenantId) {
    if (!tenants.reactivate(tenantId)) {
      throw new NotFound("Tenant");
    }
  }

  private Tenant findBySlug(String slug) {
    return tenants.findBySlug(slug).orElse(null);
  }

  private static TenantSummary toSummary(Object[] row) {
    return new TenantSummary(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        Tenant.Status.valueOf((String) row[3]),
        ((Timestamp) row[4]).toInstant(),
        ((Number) row[5]).longValue(),
        ((Number) row[6]).longValue(),
        ((Number) row[7]).longValue());
  }
}
