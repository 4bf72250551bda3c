package com.pullsafe.program;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditTrail;
import com.pullsafe.programming.ProgramInputs;
import com.pullsafe.programming.ProgrammingEngine;
import com.pullsafe.reports.AthleteReports;
import com.pullsafe.reports.AthleteReports.TopSet;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.settings.SettingsView;
import com.pullsafe.settings.TenantSettingsStore;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.Violations;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
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
 * gathers what {@link ProgrammingEngine} needs from the athlete's reports and reviews (asking their
 * features) and clearances, and records assignments. No access rules: {@link ProgramService} and
 * the review service call it after checking the caller.
 */
@ApplicationScoped
public class ProgramPlanner {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.program.ProgramMessages", ProgramPlanner.class);

  /** "In the last 4 weeks": this ISO week and the three before it. */
  static final int FLAG_WEEKS = 4;

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private TenantSettingsStore settings;
  @Inject private Event<AthleteCleared> cleared;
  @Inject private AuditTrail audit;
  @Inject private ClearanceStops clearanceStops;
  @Inject private AthleteReports reports;
  @Inject private RelearningPrescriptions prescriptions;
  @Inject private Validator validator;

  private final ProgrammingEngine engine = new ProgrammingEngine();

  public ProgramView programOf(Athlete athlete, Clock clock) {
    SettingsView tenant = settings.current();
    Optional<TopSet> lastTopSet = reports.latestTopSet(athlete);
    StopHistory stops = clearanceStops.historyOf(athlete);
    Optional<AwaitedClearance> awaited = stops.awaited();
    ProgramInputs inputs =
        ProgramInputs.builder()
            .lastTopSet(
                lastTopSet.map(TopSet::kg).orElse(null), lastTopSet.map(TopSet::reps).orElse(null))
            .tenantCapPercent(tenant.progressionCapPercent())
            .plateIncrementKg(tenant.plateIncrementKg())
            .amberOrWorseInLast4Weeks(amberOrWorseRecently(athlete, clock))
            .relearningRequired(
                reports.latestTriageFound(athlete, FindingCode.RECURRING_PAIN)
                    || prescriptions.latestReviewPrescribesRelearning(athlete))
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

  /**
   * Replaces the athlete's current assignments with {@code assignments}; audited one by one. Every
   * path that assigns comes through here, so this is the one place that enforces "a coach may
   * assign only walking (after URGENT) or walking and unloaded drills (after RED)".
   */
  public List<AssignmentView> assign(
      Athlete athlete, Long reportId, List<NewAssignment> assignments, String by, Instant at) {
    Violations.requireValid(validator, new NewAssignments(assignments));
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
          TEXTS.text(
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
        TEXTS.text("audit.clearance", clearance.getNote()));
    cleared.fire(
        new AthleteCleared(
            athlete.getTenantId(), clearance.getId(), athlete.getId(), clock.instant()));
    return clearance;
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
    return reports.anyAtLeastSince(athlete, Level.AMBER, from);
  }

  private static <T> Optional<T> first(jakarta.persistence.TypedQuery<T> query) {
    return query.setMaxResults(1).getResultStream().findFirst();
  }
}
