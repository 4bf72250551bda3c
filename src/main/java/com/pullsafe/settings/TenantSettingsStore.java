package com.pullsafe.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Reads the current tenant's settings inside the caller's transaction, for the services that apply
 * them (triage, programming). Holds no access rules: its callers have checked the caller.
 */
@ApplicationScoped
public class TenantSettingsStore {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  /** The tenant's settings, the defaults when it has saved none. */
  public SettingsView current() {
    return find().map(TenantSettings::view).orElseGet(SettingsView::defaults);
  }

  /** When the tenant's athletes are reminded; the defaults when it has saved no settings. */
  public ReminderSettings reminders() {
    return find().map(TenantSettings::reminders).orElseGet(ReminderSettings::defaults);
  }

  Optional<TenantSettings> find() {
    return em.createNamedQuery("TenantSettings.find", TenantSettings.class)
        .getResultStream()
        .findFirst();
  }
}
