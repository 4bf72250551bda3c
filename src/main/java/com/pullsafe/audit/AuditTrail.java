package com.pullsafe.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;

/**
 * The audit trail ("AuditEntry"): every review, override, assignment, clearance, settings change,
 * new coach and new athlete is recorded in the same transaction as the change itself, so neither
 * exists without the other. Entries name who they are about and say what happened in words, for the
 * tenant admin's audit page.
 */
@Stateless
public class AuditTrail {

  static final String SYSTEM = "system";

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Resource private SessionContext session;

  /** Records that the caller did {@code action} to the object; joins the caller's transaction. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(AuditAction action, String objectType, long objectId, String detail) {
    record(action, objectType, objectId, null, detail);
  }

  /**
   * Records that the caller did {@code action} to the object, naming who or what it is about
   * ({@code subject}, e.g. the athlete) and saying what happened in words ({@code detail}).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(
      AuditAction action, String objectType, long objectId, String subject, String detail) {
    em.persist(
        new AuditEntry(Instant.now(), actor(), action, objectType, objectId, subject, detail));
  }

  /**
   * Records what {@code actor} did, for events without a signed-in caller (sign-ins); the tenant is
   * the current one ({@code TenantContext.runAs}). Starts its own transaction when there is none.
   */
  @PermitAll
  public void recordAs(
      String actor,
      AuditAction action,
      String objectType,
      long objectId,
      String subject,
      String detail) {
    em.persist(new AuditEntry(Instant.now(), actor, action, objectType, objectId, subject, detail));
  }

  private String actor() {
    Principal caller = session.getCallerPrincipal();
    return caller == null || "anonymous".equals(caller.getName()) ? SYSTEM : caller.getName();
  }
}
