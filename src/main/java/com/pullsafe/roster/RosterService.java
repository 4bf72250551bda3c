package com.pullsafe.roster;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.identity.AccountActivation;
import com.pullsafe.identity.AccountNames;
import com.pullsafe.identity.Role;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.Violations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of a tenant: coaches and athletes, and who looks after whom (domain brief, "Who uses
 * it"). A tenant admin manages everyone: adds coaches and athletes, assigns and reassigns athletes
 * to coaches, archives and restores athletes. A coach adds athletes, who are then theirs, and sees
 * only those. An athlete sees themself. Another tenant's or coach's athlete is {@link NotFound}.
 */
@Stateless
public class RosterService {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.roster.RosterMessages", RosterService.class);

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject private AccountOpening opening;
  @Inject private AccountActivation activation;
  @Inject private AthleteAccess access;
  @Inject private AuditTrail audit;
  @Inject private ClearanceLookup clearances;
  @Inject private AccountNames names;
  @Inject private Validator validator;

  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public Coach createCoach(NewPerson person) {
    opening.check(person);
    UserAccount account = opening.open(person, Role.COACH);
    Coach coach = new Coach(account);
    em.persist(coach);
    em.flush();
    audit.record(
        AuditAction.COACH_ADDED,
        "Coach",
        coach.getId(),
        coach.getDisplayName(),
        TEXTS.text("audit.coachAdded", account.getEmail()));
    return coach;
  }

  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public Athlete createAthlete(NewPerson person, Long coachId) {
    opening.check(person);
    Coach coach;
    if (session.isCallerInRole(Role.COACH_NAME)) {
      coach = access.callerCoach().orElseThrow(() -> new NotFound("Coach"));
    } else {
      coach = coachId == null ? null : findCoach(coachId).orElse(null);
      checkAssignable(coachId, coach);
    }
    UserAccount account = opening.open(person, Role.ATHLETE);
    Athlete athlete = new Athlete(account, coach);
    em.persist(athlete);
    em.flush();
    audit.record(
        AuditAction.ATHLETE_ADDED,
        "Athlete",
        athlete.getId(),
        athlete.getDisplayName(),
        coach == null
            ? TEXTS.text("audit.athleteAddedAlone", account.getEmail())
            : TEXTS.text("audit.athleteAdded", account.getEmail(), coach.getDisplayName()));
    return athlete;
  }

  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public List<Athlete> athletes(int page, int size) {
    var query =
        session.isCallerInRole(Role.TENANT_ADMIN_NAME)
            ? em.createNamedQuery("Athlete.findAll", Athlete.class)
            : em.createNamedQuery("Athlete.findByCoach", Athlete.class)
                .setParameter("coachId", access.callerCoachId());
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  /**
   * The first {@code max} athletes {@link #athletes} would list, by name, as a picker shows them:
   * ids and names only, in one statement, without the status or clearance of each.
   */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public List<AthleteChoice> athleteChoices(int max) {
    boolean everyAthlete = session.isCallerInRole(Role.TENANT_ADMIN_NAME);
    TypedQuery<AthleteChoice> query =
        em.createQuery(
            "select new com.pullsafe.roster.AthleteChoice(a.id, a.displayName) from Athlete a"
                + (everyAthlete ? "" : " where a.coach.id = :coachId")
                + " order by a.displayName, a.id",
            AthleteChoice.class);
    if (!everyAthlete) {
      query.setParameter("coachId", access.callerCoachId());
    }
    return query.setMaxResults(max).getResultList();
  }

  /** How many athletes {@link #athletes} pages through. */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public long athleteCount() {
    return session.isCallerInRole(Role.TENANT_ADMIN_NAME)
        ? em.createNamedQuery("Athlete.count", Long.class).getSingleResult()
        : em.createNamedQuery("Athlete.countByCoach", Long.class)
            .setParameter("coachId", access.callerCoachId())
            .getSingleResult();
  }

  /** One athlete with their current status level, for whoever may see them. */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME, Role.ATHLETE_NAME})
  public AthleteView getAthlete(long athleteId) {
    return view(access.visibleAthlete(athleteId));
  }

  /** The athletes of a page as views, with their status level; one more query for the page. */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public List<AthleteView> athleteViews(int page, int size) {
    List<Athlete> athletes = athletes(page, size);
    Map<Long, AwaitedClearance> awaited =
        athletes.isEmpty()
            ? Map.of()
            : clearances.awaitingClearance(athletes.stream().map(Athlete::getId).toList());
    return athletes.stream().map(a -> AthleteView.of(a, awaited.get(a.getId()))).toList();
  }

  /** Assigns an athlete to a coach of the tenant, or to none ({@code coachId} null); audited. */
  @RolesAllowed(Role.TENANT_ADMIN_NAME)
  public AthleteView assignCoach(long athleteId, Long coachId) {
    Athlete athlete = access.visibleAthlete(athleteId);
    Coach coach = coachId == null ? null : findCoach(coachId).orElse(null);
    checkAssignable(coachId, coach);
    String before = coachName(athlete.getCoach());
    athlete.assignTo(coach);
    audit.record(
        AuditAction.COACH_ASSIGNED,
        "Athlete",
        athlete.getId(),
        athlete.getDisplayName(),
        TEXTS.text("audit.coachChanged", before, coachName(coach)));
    return view(athlete);
  }

  /**
   * Archives an athlete: kept with their history, no longer reporting, and their account
   * deactivated (no sign-in, no token) until restored. Tenant admin or their coach; audited.
   */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public AthleteView archive(long athleteId) {
    Athlete athlete = access.visibleAthlete(athleteId);
    if (!athlete.isArchived()) {
      athlete.archive();
      activation.deactivate(athlete.getAccount());
      audit.record(
          AuditAction.ATHLETE_ARCHIVED,
          "Athlete",
          athlete.getId(),
          athlete.getDisplayName(),
          TEXTS.text("audit.archived"));
    }
    return view(athlete);
  }

  /** Restores an archived athlete: they report and sign in again. Tenant admin or their coach. */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public AthleteView restore(long athleteId) {
    Athlete athlete = access.visibleAthlete(athleteId);
    if (athlete.isArchived()) {
      athlete.restore();
      activation.reactivate(athlete.getAccount());
      audit.record(
          AuditAction.ATHLETE_RESTORED,
          "Athlete",
          athlete.getId(),
          athlete.getDisplayName(),
          TEXTS.text("audit.restored"));
    }
    return view(athlete);
  }

  /** Renames an athlete (their account too; the login stays). Tenant admin or their coach. */
  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public AthleteView rename(long athleteId, NameChange change) {
    Violations.requireValid(validator, change);
    Athlete athlete = access.visibleAthlete(athleteId);
    String before = athlete.getDisplayName();
    names.rename(athlete.getAccount(), change.displayName());
    athlete.rename(change.displayName());
    if (!before.equals(athlete.getDisplayName())) {
      audit.record(
          AuditAction.ATHLETE_RENAMED,
          "Athlete",
          athlete.getId(),
          athlete.getDisplayName(),
          TEXTS.text("audit.renamed", before, athlete.getDisplayName()));
    }
    return view(athlete);
  }

  private AthleteView view(Athlete athlete) {
    return AthleteView.of(
        athlete, clearances.awaitingClearance(List.of(athlete.getId())).get(athlete.getId()));
  }

  @RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COACH_NAME})
  public List<Coach> coaches() {
    return em.createNamedQuery("Coach.findAll", Coach.class).getResultList();
  }

  public Optional<Coach> findCoach(long coachId) {
    return Optional.ofNullable(em.find(Coach.class, coachId));
  }

  /** A new coach for an athlete is one of the tenant's active coaches, or none. */
  private static void checkAssignable(Long coachId, Coach coach) {
    if (coachId != null && coach == null) {
      throw InvalidInput.of("coachId", TEXTS.text("coach.notInTenant"));
    }
    if (coach != null && !coach.getAccount().isActive()) {
      throw InvalidInput.of("coachId", TEXTS.text("coach.notActive"));
    }
  }

  private static String coachName(Coach coach) {
    return coach == null ? TEXTS.text("audit.noCoach") : coach.getDisplayName();
  }
}
