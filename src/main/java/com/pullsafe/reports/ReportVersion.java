package com.pullsafe.reports;

import com.pullsafe.tenancy.TenantOwnedEntity;
import com.pullsafe.triage.Onset;
import com.pullsafe.triage.PainCharacter;
import com.pullsafe.triage.PainSpread;
import com.pullsafe.triage.ReportFacts;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A version of a report that an amendment replaced (domain brief, "Amending a report": "every
 * earlier version stays stored with its own triage result and is visible to the coach"): the
 * answers as the athlete stated them then, when, and the triage they got. Never changed.
 */
@Entity
@Table(name = "report_version")
@NamedQuery(
    name = "ReportVersion.findByReport",
    query =
        "select v from ReportVersion v join fetch v.triage where v.report.id = :reportId"
            + " order by v.versionNumber")
public class ReportVersion extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "report_id", nullable = false)
  private WeeklyReport report;

  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @OneToOne(optional = false)
  @JoinColumn(name = "triage_result_id", nullable = false, unique = true)
  private TriageResult triage;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "top_set_kg", precision = 6, scale = 2)
  private BigDecimal topSetKg;

  @Column(name = "top_set_reps")
  private Integer topSetReps;

  @Column(name = "pain_score", nullable = false)
  private int painScore;

  @Enumerated(EnumType.STRING)
  @Column(name = "pain_character", length = 10)
  private PainCharacter painCharacter;

  @Enumerated(EnumType.STRING)
  @Column(name = "pain_spread", length = 12)
  private PainSpread painSpread;

  @Column(name = "symmetric_pain", nullable = false)
  private boolean symmetric;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Onset onset;

  @Column(name = "days_lasting")
  private Integer daysLasting;

  @Column(name = "worse_bending_or_extending", nullable = false)
  private boolean worseBendingOrExtending;

  @Column(name = "at_submaximal_loads", nullable = false)
  private boolean atSubmaximalLoads;

  @Column(name = "grinding_heavy_reps", nullable = false)
  private boolean grindingHeavyReps;

  @Column(name = "radiates_to_leg", nullable = false)
  private boolean radiatesToLeg;

  @Column(name = "numbness_or_tingling", nullable = false)
  private boolean numbnessOrTingling;

  @Column(name = "pop_felt", nullable = false)
  private boolean popFelt;

  @Column(name = "saddle_numbness", nullable = false)
  private boolean saddleNumbness;

  @Column(name = "bladder_or_bowel_change", nullable = false)
  private boolean bladderOrBowelChange;

  @Column(name = "progressive_leg_weakness", nullable = false)
  private boolean progressiveLegWeakness;

  @Column(name = "both_legs", nullable = false)
  private boolean bothLegs;

  @Column(name = "fever_or_unwell", nullable = false)
  private boolean feverOrUnwell;

  @Column(name = "recent_trauma", nullable = false)
  private boolean recentTrauma;

  @Column(name = "constant_night_pain", nullable = false)
  private boolean constantNightPain;

  @Column(name = "walking_minutes_per_day", nullable = false)
  private int walkingMinutesPerDay;

  @Column(length = ReportValidator.NOTES_MAX)
  private String notes;

  protected ReportVersion() {}

  /** The report's current answers, about to be replaced, with {@code triage}, their triage. */
  ReportVersion(WeeklyReport report, TriageResult triage) {
    if (triage.getVersionNumber() != report.getVersionNumber()) {
      throw new IllegalArgumentException("The triage is not of the report's current version");
    }
    this.report = report;
    this.versionNumber = report.getVersionNumber();
    this.triage = triage;
    this.submittedAt = triage.getCreatedAt();
    ReportFacts f = report.facts();
    this.topSetKg = f.topSetKg();
    this.topSetReps = f.topSetReps();
    this.painScore = f.painScore();
    this.painCharacter = f.painCharacter();
    this.painSpread = f.painSpread();
    this.symmetric = f.symmetric();
    this.onset = f.onset();
    this.daysLasting = f.daysLasting();
    this.worseBendingOrExtending = f.worseBendingOrExtending();
    this.atSubmaximalLoads = f.atSubmaximalLoads();
    this.grindingHeavyReps = f.grindingHeavyReps();
    this.radiatesToLeg = f.radiatesToLeg();
    this.numbnessOrTingling = f.numbnessOrTingling();
    this.popFelt = f.popFelt();
    this.saddleNumbness = f.saddleNumbness();
    this.bladderOrBowelChange = f.bladderOrBowelChange();
    this.progressiveLegWeakness = f.progressiveLegWeakness();
    this.bothLegs = f.bothLegs();
    this.feverOrUnwell = f.feverOrUnwell();
    this.recentTrauma = f.recentTrauma();
    this.constantNightPain = f.constantNightPain();
    this.walkingMinutesPerDay = f.walkingMinutesPerDay();
    this.notes = report.getNotes();
  }

  /** The answers of this version as the athlete stated them, for the week {@code week}. */
  NewReport stated(IsoWeek week) {
    return new NewReport(
        week.toString(),
        topSetKg,
        topSetReps,
        painScore,
        painCharacter == null ? null : painCharacter.name(),
        painSpread == null ? null : painSpread.name(),
        symmetric,
        onset == null ? null : onset.name(),
        daysLasting,
        worseBendingOrExtending,
        atSubmaximalLoads,
        grindingHeavyReps,
        radiatesToLeg,
        numbnessOrTingling,
        popFelt,
        saddleNumbness,
        bladderOrBowelChange,
        progressiveLegWeakness,
        bothLegs,
        feverOrUnwell,
        recentTrauma,
        constantNightPain,
        walkingMinutesPerDay,
        notes);
  }

  public Long getId() {
    return id;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public TriageResult getTriage() {
    return triage;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
