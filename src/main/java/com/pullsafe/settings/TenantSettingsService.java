package com.pullsafe.settings;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.identity.Role;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.Persisting;
import com.pullsafe.shared.Violations;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's settings (domain brief, "Weekly progression cap"): everyone of the tenant reads
 * them; only a tenant admin changes them, within the allowed ranges (a value out of range is
 * refused naming the field), and every change is audited.
 */
@Stateless
public class TenantSettingsService {

  static final String OBJECT_TYPE = "TenantSettings";
  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.settings.SettingsMessages", TenantSettingsService.class);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private TenantSettingsStore store;
  @Inject private AuditTrail audit;
  @Inject private Validator validator;

  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
  public SettingsView current() {
    return store.current();
  }

  /** The settings as the tenant admin sees them to change them (the API's settings resource). */
  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public SettingsView administered() {
    return store.current();
  }

  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public SettingsView change(SettingsView change) {
    Violations.requireValid(validator, change);
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
    Persisting.flushOrConflict(em, () -> new Conflict(TEXTS.text("concurrent")));
    audit.record(
        AuditAction.SETTINGS_CHANGED,
        OBJECT_TYPE,
        settings.getId(),
        TEXTS.text("audit.subject"),
        changes(before, settings.view()));
    return settings.view();
  }

  /** When the tenant's athletes are reminded of a missing report, and in which time zone. */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
  public ReminderSettings reminders() {
    return store.reminders();
  }

  /** Changes when athletes are reminded; each value is checked and named when refused. */
  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public ReminderSettings changeReminders(ReminderSettings change) {
    Violations.requireValid(validator, change);
    TenantSettings settings = store.find().orElseGet(this::created);
    ReminderSettings before = settings.reminders();
    settings.changeReminders(change);
    Persisting.flushOrConflict(
        em, () -> new Conflict("The settings were changed at the same time; reload and retry"));
    audit.record(
        AuditAction.SETTINGS_CHANGED,
        OBJECT_TYPE,
        settings.getId(),
        TEXTS.text("audit.subject"),
        TEXTS.text("audit.reminders", describe(before), describe(settings.reminders())));
    return settings.reminders();
  }

  private static String describe(ReminderSettings reminders) {
    return reminders.enabled()
        ? TEXTS.text(
            "audit.reminders.on",
            TEXTS.text("day." + reminders.day()),
            reminders.hour(),
            reminders.timeZone())
        : TEXTS.text("audit.reminders.off", reminders.timeZone());
  }

  /** Whether the tenant requires two-factor sign-in of its coaches and admins. */
  @PermitAll
  public boolean twoFactorRequired() {
    return store.find().map(TenantSettings::requiresTwoFactor).orElse(false);
  }

  /** Requires (or no longer requires) two-factor sign-in of the tenant's coaches and admins. */
  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public void requireTwoFactor(boolean required) {
    TenantSettings settings = store.find().orElseGet(this::created);
    if (settings.requiresTwoFactor() == required) {
      return;
    }
    settings.requireTwoFactor(required);
    Persisting.flushOrConflict(em, () -> new Conflict(TEXTS.text("concurrent")));
    audit.record(
        AuditAction.SETTINGS_CHANGED,
        OBJECT_TYPE,
        settings.getId(),
        TEXTS.text("audit.subject"),
        TEXTS.text(required ? "audit.twoFactorRequired" : "audit.twoFactorOptional"));
  }

  private TenantSettings created() {
    TenantSettings created = new TenantSettings();
    em.persist(created);
    return created;
  }

  /** What changed, in words: "Weekly progression cap 5 % → 4 %; walking target …". */
  static String changes(SettingsView before, SettingsView after) {
    List<String> changed = new ArrayList<>();
    if (before.progressionCapPercent().compareTo(after.progressionCapPercent()) != 0) {
      changed.add(
          TEXTS.text("audit.cap", before.progressionCapPercent(), after.progressionCapPercent()));
    }
    if (before.plateIncrementKg().compareTo(after.plateIncrementKg()) != 0) {
      changed.add(TEXTS.text("audit.plate", before.plateIncrementKg(), after.plateIncrementKg()));
    }
    if (!before.walkingTargetMinutes().equals(after.walkingTargetMinutes())) {
      changed.add(
          TEXTS.text("audit.walking", before.walkingTargetMinutes(), after.walkingTargetMinutes()));
    }
    return changed.isEmpty() ? TEXTS.text("audit.unchanged") : String.join("; ", changed) + ".";
  }
}
