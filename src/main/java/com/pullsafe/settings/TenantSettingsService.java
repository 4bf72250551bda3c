package com.pullsafe.settings;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.identity.Role;
import com.pullsafe.platform.Conflict;
import com.pullsafe.platform.Persisting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The tenant's settings (domain brief, "Weekly progression cap"): everyone of the tenant reads
 * them; only a tenant admin changes them, within the allowed ranges (a value out of range is
 * refused naming the field), and every change is audited.
 */
@Stateless
public class TenantSettingsService {

  static final String OBJECT_TYPE = "TenantSettings";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private TenantSettingsStore store;
  @Inject private AuditTrail audit;

  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
  public SettingsView current() {
    return store.current();
  }

  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public SettingsView change(SettingsView change) {
    SettingsValidator.validate(change);
    SettingsView before = store.current();
    TenantSettings settings =
        store
            .find()
            .orElseGet(
                () -> {
                  TenantSettings created = new TenantSettings();
                  em.persist(created);
                  return created;
                });
    settings.change(change);
    Persisting.flushOrConflict(
        em, () -> new Conflict("The settings were changed at the same time; reload and retry"));
    audit.record(
        AuditAction.SETTINGS_CHANGED,
        OBJECT_TYPE,
        settings.getId(),
        before + " -> " + settings.view());
    return settings.view();
  }
}
