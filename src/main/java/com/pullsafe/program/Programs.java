package com.pullsafe.program;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.InvalidInput.FieldError;
import com.pullsafe.programming.ProgramInputs;
import com.pullsafe.programming.ProgrammingEngine;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.TriageResult;
import com.pullsafe.reports.WeeklyReport;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.settings.SettingsView;
import com.pullsafe.settings.TenantSettingsStore;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The athlete's program inside the caller's transaction (domain brief, "Programming rules"):
 * gathers what {@link ProgrammingEngine} needs from the stored reports, reviews and clearances, and
 * records assignments. No access rules: {@link ProgramService} and the review service call it after
 * checking the caller.
 */
@ApplicationScoped
public class Programs {

  /** "In the last 4 weeks": this ISO week and the three before it. */
  static final int FLAG_WEEKS = 4;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private TenantSettingsStore settings;
  @Inject private AuditTrail audit;
  @Inject private ClearanceStops clearanceStops;

  private final ProgrammingEngine engine = new ProgrammingEngine();

  public ProgramView programOf(Athlete athlete, Clock clock) {
    SettingsView tenant = settings.current();
    Optional<WeeklyReport> lastTopSet =
        first(
            em.createNamedQuery("WeeklyReport.findLatestTopSet", WeeklyReport.class)
                .setParameter("athleteId", athlete.getId()));
    StopHistory stops = clearanceStops.historyOf(athlete);
    Optional<AwaitedClearance> awaited = stops.awaited();
    ProgramInputs inputs =
        ProgramInputs.builder()
            .lastTopSet(
                lastTopSet.map(r -> r.answers().getTopSetKg()).orElse(null),
                lastTopSet.map(r -> r.answers().getTopSetReps()).orElse(null))
            .tenantCapPercent(tenant.progressionCapPercent())
            .plateIncrementKg(tenant.plateIncrementKg())
            .amberOrWorseInLast4Weeks(amberOrWorseRecently(athlete, clock))
            .relearningRequired(
                latestHasRecurringPain(athlete) || coachPrescribedRelearning(athlete))
            .awaitingClearance(awaited.isPresent())
            .build();
    Map<Boolean, List<AssignmentView>> pausedOrNot =
        currentAssignmentEntities(athlete).stream()
            .collect(
                Collectors.partitioningBy(
                    a -> a.pausedBy(stops),
                    Collectors.mapping(Assignment::view, Collectors.toList())));
    return ProgramView.of(
        athlete.getId(),
        engine.program(inputs),
        tenant.walkingTargetMinutes(),
        awaited.orElse(null),
        pausedOrNot.get(false),
        pausedOrNot.get(true));
  }

  /**
   * The clearance the athlete awaits: an engine RED or URGENT result after the last clearance,
   * whatever a coach's override says.
   */
  public Optional<AwaitedClearance> awaitedClearance(Athlete athlete) {
    return clearanceStops.historyOf(athlete).awaited();
  }

  /** Whether a coach recorded a clearance for the athlete after {@code since}. */
  public boolean clearedSince(Athlete athlete, Instant since) {
    return first(
            em.createNamedQuery("Clearance.findLatestTime", Instant.class)
                .setParameter("athleteId", athlete.getId()))
        .map(clearedAt -> clearedAt.isAfter(since))
        .orElse(false);
  }

  /** Replaces the athlete's current assignments with {@code assignments}; audited one by one. */
  public List<AssignmentView> assign(
      Athlete athlete, Long reportId, List<NewAssignment> assignments, String by, Instant at) {
    FieldChecks checks = new FieldChecks();
    AssignmentChecks.check(checks, "assign", assignments);
    checks.orThrow();
    refuseWhileAwaitingClearance(athlete, assignments);
    currentAssignmentEntities(athlete).forEach(Assignment::replace);
    List<Assignment> made =
        assignments.stream().map(a -> new Assignment(athlete, reportId, a, by, at)).toList();
    made.forEach(em::persist);
    em.flush();
    made.forEach(
        a ->
            audit.record(
                AuditAction.ASSIGNMENT_MADE,
                "Assignment",
                a.getId(),
                athlete.getDisplayName(),
                a.describe()));
    return made.stream().map(Assignment::view).toList();
  }

  /**
   * Every path that assigns comes through {@link #assign}, so this is the one place that enforces
   * "a coach may assign only walking (after URGENT) or walking and unloaded drills (after RED)".
   */
  private void refuseWhileAwaitingClearance(Athlete athlete, List<NewAssignment> assignments) {
    Optional<AwaitedClearance> awaited = awaitedClearance(athlete);
    if (awaited.isEmpty()) {
      return;
    }
    Level stop = awaited.get().level();
    List<FieldError> refused = ClearanceRule.refusals(stop, "assign", assignments);
    if (!refused.isEmpty()) {
      throw new AssignmentRefused(
          ClearanceRule.NAME,
          AssignmentChecks.TEXTS.text(
              "clearance.awaited",
              stop,
              awaited.get().week(),
              ClearanceRule.NAME,
              ClearanceRule.allowedNames(stop)),
          refused);
    }
  }

  /** Records a clearance for heavy pulling; audited. */
  public Clearance clear(Athlete athlete, String note, String by, Clock clock) {
    Clearance clearance =
        new Clearance(athlete, clock.instant(), LocalDate.now(clock), by, note.strip());
    em.persist(clearance);
    em.flush();
    audit.record(
        AuditAction.CLEARANCE_RECORDED,
        "Clearance",
        clearance.getId(),
        athlete.getDisplayName(),
        AssignmentChecks.TEXTS.text("audit.clearance", clearance.getNote()));
    return clearance;
  }

  public List<AssignmentView> currentAssignments(Athlete athlete) {
    return currentAssignmentEntities(athlete).stream().map(Assignment::view).toList();
  }

  /** The assignments made with the review of one report. */
  public List<AssignmentView> assignmentsOfReport(long reportId) {
    return em
        .createNamedQuery("Assignment.findByReport", Assignment.class)
        .setParameter("reportId", reportId)
        .getResultList()
        .stream()
        .map(Assignment::view)
        .toList();
  }

  private List<Assignment> currentAssignmentEntities(Athlete athlete) {
    return em.createNamedQuery("Assignment.findCurrent", Assignment.class)
        .setParameter("athleteId", athlete.getId())
        .getResultList();
  }

  private boolean amberOrWorseRecently(Athlete athlete, Clock clock) {
    IsoWeek from =
        IsoWeek.containing(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
            .minusWeeks(FLAG_WEEKS - 1L);
    long flagged =
        em.createNamedQuery("WeeklyReport.countAtLeastSince", Long.class)
            .setParameter("athleteId", athlete.getId())
            .setParameter("rank", Level.AMBER.ordinal())
            .setParameter("week", from)
            .getSingleResult();
    return flagged > 0;
  }

  /** Whether the athlete's latest review prescribes the relearning block. */
  private boolean coachPrescribedRelearning(Athlete athlete) {
    return first(
            em.createNamedQuery("Review.relearningByAthlete", Boolean.class)
                .setParameter("athleteId", athlete.getId()))
        .orElse(false);
  }

  /** RECURRING_PAIN in the triage of the athlete's latest report. */
  private boolean latestHasRecurringPain(Athlete athlete) {
    return first(
            em.createNamedQuery("TriageResult.findByAthlete", TriageResult.class)
                .setParameter("athleteId", athlete.getId()))
        .map(t -> t.has(FindingCode.RECURRING_PAIN))
        .orElse(false);
  }

  private static <T> Optional<T> first(jakarta.persistence.TypedQuery<T> query) {
    return query.setMaxResults(1).getResultStream().findFirst();
  }
}
