package com.pullsafe.identity;

import com.pullsafe.tenancy.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether an account may still use a session: one read by primary key (with its tenant), made on
 * every page request of a signed-in user, straight from the database.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountStanding {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  /** The account's standing; empty when the account no longer exists. */
  public Optional<Standing> of(long accountId) {
    return em.createNamedQuery("UserAccount.standingById", Object[].class)
        .setParameter("id", accountId)
        .getResultStream()
        .findFirst()
        .map(
            row ->
                new Standing(
                    Boolean.TRUE.equals(row[0]),
                    instant(row[1]),
                    row[2] == null || row[2] == Tenant.Status.ACTIVE));
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }

  /**
   * @param tenantActive true for an account without a tenant (a platform admin)
   */
  public record Standing(boolean active, Instant credentialsChangedAt, boolean tenantActive) {

    /** Whether a session begun at {@code signedInAt} still stands, and if not, why. */
    public SessionStanding.Verdict verdictFor(Instant signedInAt) {
      if (!tenantActive) {
        return SessionStanding.Verdict.TENANT_SUSPENDED;
      }
      if (!active || signedInAt.isBefore(credentialsChangedAt)) {
        return SessionStanding.Verdict.ENDED;
      }
      return SessionStanding.Verdict.STANDS;
    }
  }
}
