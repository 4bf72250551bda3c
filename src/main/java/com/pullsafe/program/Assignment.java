package com.pullsafe.program;

import com.pullsafe.programming.Alternative;
import com.pullsafe.programming.Dose;
import com.pullsafe.roster.Athlete;
import com.pullsafe.shared.Bundle;
import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An alternative or drill a coach assigned to an athlete (domain brief, "The coach decides what is
 * assigned"). A new set of assignments replaces the athlete's current one; replaced ones are kept.
 */
@Entity
@Table(name = "assignment")
@NamedQuery(
    name = "Assignment.findCurrent",
    query =
        "select a from Assignment a where a.athlete.id = :athleteId and a.current = true"
            + " order by a.id")
@NamedQuery(
    name = "Assignment.findByReport",
    query = "select a from Assignment a where a.reportId = :reportId order by a.id")
public class Assignment extends TenantOwnedEntity {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.program.ProgramMessages", Assignment.class);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "athlete_id", nullable = false)
  private Athlete athlete;

  /** The report whose review made the assignment; null when made outside a review. */
  @Column(name = "report_id")
  private Long reportId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Alternative alternative;

  @Column(nullable = false)
  private int sets;

  @Column(nullable = false)
  private int reps;

  @Column(name = "load_kg", precision = 6, scale = 2)
  private BigDecimal loadKg;

  @Column(length = NewAssignment.TEMPO_MAX)
  private String tempo;

  @Column(name = "assigned_by", nullable = false, length = 254)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "is_current", nullable = false)
  private boolean current = true;

  protected Assignment() {}

  Assignment(
      Athlete athlete, Long reportId, NewAssignment a, String assignedBy, Instant assignedAt) {
    this.athlete = athlete;
    this.reportId = reportId;
    this.alternative = a.catalogEntry();
    this.sets = a.sets();
    this.reps = a.reps();
    this.loadKg = a.loadKg();
    this.tempo = a.tempo() == null || a.tempo().isBlank() ? null : a.tempo().strip();
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
  }

  void replace() {
    current = false;
  }

  /** Paused by an engine RED or URGENT that came after it (see {@link StopHistory#pauses}). */
  boolean pausedBy(StopHistory stops) {
    return stops.pauses(alternative, loadKg, assignedAt);
  }

  public AssignmentView view() {
    return new AssignmentView(
        id,
        alternative,
        alternative.displayName(),
        sets,
        reps,
        alternative.dose().unit(),
        doseText(sets, reps, alternative.dose().unit()),
        loadKg,
        tempo,
        assignedBy,
        assignedAt);
  }

  /** Sets and amount in words: "3 × 8", "3 × 30 s", "30 min" (a single walk needs no count). */
  static String doseText(int sets, int amount, Dose.Unit unit) {
    boolean once = sets == 1 && unit == Dose.Unit.MINUTES;
    return TEXTS.text("dose." + unit + (once ? ".once" : ""), sets, amount);
  }

  /** The assignment in words for the audit trail: "Plank, 3 × 30 s". */
  String describe() {
    StringBuilder text =
        new StringBuilder(alternative.displayName())
            .append(", ")
            .append(doseText(sets, reps, alternative.dose().unit()));
    if (loadKg != null) {
      text.append(" @ ").append(loadKg.stripTrailingZeros().toPlainString()).append(" kg");
    }
    if (tempo != null) {
      text.append(", tempo ").append(tempo);
    }
    return text.toString();
  }

  public Long getId() {
    return id;
  }

  public Alternative getAlternative() {
    return alternative;
  }
}
