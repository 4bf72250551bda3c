package com.pullsafe.roster;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.identity.AccountActivation;
import com.pullsafe.identity.AccountNames;
import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.TenantAccounts;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.Violations;
import com.pullsafe.tenancy.Tenant;
import com.pullsafe.tenancy.Tenants;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;

/**
 * The tenant's staff as its tenant admins manage them: coaches and tenant admins listed with their
 * standing, more tenant admins added, and either deactivated (no sign-in, no session, no token) and
 * reactivated. A deactivated coach's athletes stay assigned to them and are alerted about to the
 * tenant admins until reassigned. An admin never deactivates themself, and the tenant always keeps
 * an active tenant admin. Another tenant's people are {@link NotFound}. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class StaffService {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.roster.RosterMessages", StaffService.class);
  private static final String TENANT_ADMIN = "TenantAdmin";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject private AccountService accounts;
  @Inject private TenantAccounts tenantAccounts;
  @Inject private Tenants tenants;
  @Inject private AccountOpening opening;
  @Inject private AccountActivation activation;
  @Inject private AuditTrail audit;
  @Inject private AccountNames names;
  @Inject private Validator validator;

  public List<StaffMember> coaches() {
    return em.createNamedQuery("Coach.findAll", Coach.class)
        .getResultStream()
        .map(StaffMember::of)
        .toList();
  }

  public List<StaffMember> admins() {
    return tenantAccounts.withRole(callerTenant().getId(), Role.TENANT_ADMIN).stream()
        .map(StaffMember::of)
        .toList();
  }

  /** Adds a tenant admin to the caller's tenant. */
  public StaffMember addAdmin(NewPerson person) {
    opening.check(person);
    UserAccount admin = opening.open(person, Role.TENANT_ADMIN);
    audit.record(
        AuditAction.TENANT_ADMIN_ADDED,
        TENANT_ADMIN,
        admin.getId(),
        admin.getDisplayName(),
        TEXTS.text("audit.adminAdded", admin.getEmail()));
    return StaffMember.of(admin);
  }

  public StaffMember deactivateCoach(long coachId) {
    Coach coach = coach(coachId);
    if (coach.getAccount().isActive()) {
      activation.deactivate(coach.getAccount());
      audit.record(
          AuditAction.COACH_DEACTIVATED,
          "Coach",
          coach.getId(),
          coach.getDisplayName(),
          TEXTS.text("audit.deactivated", coach.getAccount().getEmail()));
    }
    return StaffMember.of(coach);
  }

  public StaffMember reactivateCoach(long coachId) {
    Coach coach = coach(coachId);
    if (!coach.getAccount().isActive()) {
      activation.reactivate(coach.getAccount());
      audit.record(
          AuditAction.COACH_REACTIVATED,
          "Coach",
          coach.getId(),
          coach.getDisplayName(),
          TEXTS.text("audit.reactivated", coach.getAccount().getEmail()));
    }
    return StaffMember.of(coach);
  }

  /** Renames a coach of the caller's tenant (their account too; the login stays). */
  public StaffMember renameCoach(long coachId, NameChange change) {
    Violations.requireValid(validator, change);
    Coach coach = coach(coachId);
    String before = coach.getDisplayName();
    names.rename(coach.getAccount(), change.displayName());
    coach.rename(change.displayName());
    if (!before.equals(coach.getDisplayName())) {
      audit.record(
          AuditAction.COACH_RENAMED,
          "Coach",
          coach.getId(),
          coach.getDisplayName(),
          TEXTS.text("audit.renamed", before, coach.getDisplayName()));
    }
    return StaffMember.of(coach);
  }

  /** Deactivates another tenant admin of the caller's tenant, never the last active one. */
  public StaffMember deactivateAdmin(long accountId) {
    Tenant tenant = callerTenant();
    // One admin change at a time per tenant, so two admins deactivating each other cannot both win.
    tenants.lock(tenant.getId());
    UserAccount admin = admin(tenant, accountId);
    if (admin.getEmail().equals(callerEmail())) {
      throw new Conflict(TEXTS.text("staff.notYourself"));
    }
    long othersActive =
        tenantAccounts.countOtherActive(tenant.getId(), Role.TENANT_ADMIN, admin.getId());
    if (othersActive == 0) {
      throw new Conflict(TEXTS.text("staff.lastAdmin"));
    }
    if (admin.isActive()) {
      activation.deactivate(admin);
      audit.record(
          AuditAction.TENANT_ADMIN_DEACTIVATED,
          TENANT_ADMIN,
          admin.getId(),
          admin.getDisplayName(),
          TEXTS.text("audit.deactivated", admin.getEmail()));
    }
    return StaffMember.of(admin);
  }

  public StaffMember reactivateAdmin(long accountId) {
    UserAccount admin = admin(callerTenant(), accountId);
    if (!admin.isActive()) {
      activation.reactivate(admin);
      audit.record(
          AuditAction.TENANT_ADMIN_REACTIVATED,
          TENANT_ADMIN,
          admin.getId(),
          admin.getDisplayName(),
          TEXTS.text("audit.reactivated", admin.getEmail()));
    }
    return StaffMember.of(admin);
  }

  private Coach coach(long coachId) {
    Coach coach = em.find(Coach.class, coachId);
    if (coach == null) {
      throw new NotFound("Coach");
    }
    return coach;
  }

  /** A tenant admin of {@code tenant}; anyone else, of any tenant, is {@link NotFound}. */
  private UserAccount admin(Tenant tenant, long accountId) {
    return tenantAccounts
        .find(accountId)
        .filter(a -> a.getRole() == Role.TENANT_ADMIN)
        .filter(a -> a.getTenant().getId().equals(tenant.getId()))
        .orElseThrow(() -> new NotFound("Tenant admin"));
  }

  private Tenant callerTenant() {
    return accounts
        .findByEmail(callerEmail())
        .map(UserAccount::getTenant)
        .orElseThrow(() -> new NotFound("Tenant"));
  }

  private String callerEmail() {
    return session.getCallerPrincipal().getName();
  }
}
