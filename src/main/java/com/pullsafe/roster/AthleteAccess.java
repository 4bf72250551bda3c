package com.pullsafe.roster;

import com.pullsafe.identity.Role;
import com.pullsafe.shared.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who may see which athlete (domain brief, "Who uses it"): a tenant admin every athlete of the
 * tenant, a coach the athletes assigned to them, an athlete only themself. Anything else is {@link
 * NotFound}, exactly as if it did not exist; another tenant's rows are never even read.
 */
@Stateless
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
public class AthleteAccess {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Resource private SessionContext session;

  /** The athlete, when the caller may see them; otherwise {@link NotFound}. */
  public Athlete visibleAthlete(long athleteId) {
    Athlete athlete = em.find(Athlete.class, athleteId);
    if (athlete == null || !maySee(athlete)) {
      throw new NotFound("Athlete");
    }
    return athlete;
  }

  /**
   * The athlete as {@link #visibleAthlete}, locked until the caller's transaction ends and read
   * afresh under the lock: changes that must not interleave for one athlete (an erasure and a
   * report submission) run one after the other.
   */
  public Athlete lockedVisibleAthlete(long athleteId) {
    return locked(visibleAthlete(athleteId));
  }

  /** The signed-in athlete, locked and read afresh as in {@link #lockedVisibleAthlete}. */
  public Athlete lockedCallerAthlete() {
    return locked(callerAthlete());
  }

  private Athlete locked(Athlete athlete) {
    em.refresh(athlete, LockModeType.PESSIMISTIC_WRITE);
    return athlete;
  }

  /** Whether the caller may see this athlete of their tenant. */
  public boolean maySee(Athlete athlete) {
    if (session.isCallerInRole(Role.TENANT_ADMIN_NAME)) {
      return true;
    }
    if (session.isCallerInRole(Role.COACH_NAME)) {
      return callerCoach().map(athlete::isLookedAfterBy).orElse(false);
    }
    return athlete.getAccount().getEmail().equals(callerEmail());
  }

  /** The signed-in athlete. */
  public Athlete callerAthlete() {
    return em.createNamedQuery("Athlete.findByAccountEmail", Athlete.class)
        .setParameter("email", callerEmail())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("Athlete"));
  }

  /** The signed-in coach, if the caller is one. */
  public Optional<Coach> callerCoach() {
    return em.createNamedQuery("Coach.findByAccountEmail", Coach.class)
        .setParameter("email", callerEmail())
        .getResultStream()
        .findFirst();
  }

  /**
   * The signed-in coach's id for filtering by coach; -1, which no coach has, when the caller is no
   * coach, so that such a filter finds nothing rather than everything.
   */
  public long callerCoachId() {
    return callerCoach().map(Coach::getId).orElse(-1L);
  }

  public boolean callerIsTenantAdmin() {
    return session.isCallerInRole(Role.TENANT_ADMIN_NAME);
  }

  public String callerEmail() {
    return session.getCallerPrincipal().getName();
  }
}
