package com.pullsafe.reports;

import com.pullsafe.programming.Alternative;
import com.pullsafe.tenancy.TenantOwnedEntity;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageMessages;
import com.pullsafe.triage.TriageOutcome;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the triage engine said about one version of a report, kept as it was: level, findings with
 * their reasons and advice, the level's summary, suggested alternatives and the rule-set version
 * (domain brief: "a later rule or wording change never rewrites history silently"). Never changed
 * after it is stored; an override lives in the review, an amendment gets a result of its own.
 */
@Entity
@Table(name = "triage_result")
// The triage of the report's current version.
@NamedQuery(
    name = "TriageResult.findByReport",
    query =
        "select t from TriageResult t join t.report r where r.id = :reportId"
            + " and t.versionNumber = r.versionNumber")
@NamedQuery(
    name = "TriageResult.findByAthlete",
    query =
        "select t from TriageResult t join fetch t.report r where r.athlete.id = :athleteId"
            + " and t.versionNumber = r.versionNumber order by r.week desc")
@NamedQuery(
    name = "TriageResult.idsByAthlete",
    query =
        "select t.id from TriageResult t join t.report r where r.athlete.id = :athleteId"
            + " and t.versionNumber = r.versionNumber order by r.week desc")
@NamedQuery(
    name = "TriageResult.findWithReports",
    query = "select t from TriageResult t join fetch t.report where t.id in :ids")
@NamedQuery(
    name = "TriageResult.findingsOf",
    query =
        "select t.id, f.code, f.level, f.reason, f.advice, f.reasonDe, f.adviceDe from TriageResult t join t.findings f"
            + " where t.id in :ids order by t.id, index(f)")
@NamedQuery(
    name = "TriageResult.suggestionsOf",
    query =
        "select t.id, s from TriageResult t join t.suggestedAlternatives s"
            + " where t.id in :ids order by t.id, index(s)")
public class TriageResult extends TenantOwnedEntity {

  static final int LEVEL_SUMMARY_MAX = 1000;

  // Keys come from blocks the application reserves (migration V16), so no insert waits for its key.
  @Id
  @SequenceGenerator(
      name = "triage_result_ids",
      sequenceName = "triage_result_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_result_ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "report_id", nullable = false)
  private WeeklyReport report;

  /** The report's athlete, kept here so that flagged triages are found per athlete directly. */
  @Column(name = "athlete_id", nullable = false, updatable = false)
  private Long athleteId;

  /** Which version of the report's answers this triaged. */
  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Level level;

  @ElementCollection
  @CollectionTable(name = "triage_finding", joinColumns = @JoinColumn(name = "triage_result_id"))
  @OrderColumn(name = "position")
  private List<StoredFinding> findings = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "triage_suggestion", joinColumns = @JoinColumn(name = "triage_result_id"))
  @OrderColumn(name = "position")
  @Enumerated(EnumType.STRING)
  @Column(name = "alternative", nullable = false, length = 40)
  private List<Alternative> suggestedAlternatives = new ArrayList<>();

  @Column(name = "rule_set_version", nullable = false, length = 20)
  private String ruleSetVersion;

  /** What the level meant for the athlete, as shown then. */
  @Column(name = "level_summary", nullable = false, length = LEVEL_SUMMARY_MAX)
  private String levelSummary;

  /** The same in German; absent for results stored before German arrived. */
  @Column(name = "level_summary_de", length = LEVEL_SUMMARY_MAX)
  private String levelSummaryDe;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TriageResult() {}

  /** The triage of the report's current version. */
  public TriageResult(WeeklyReport report, TriageOutcome outcome, Instant createdAt) {
    this.report = report;
    this.athleteId = report.getAthlete().getId();
    this.versionNumber = report.getVersionNumber();
    this.level = outcome.level();
    this.levelSummary = TriageMessages.levelSummary(outcome.level(), Locale.ENGLISH);
    this.levelSummaryDe = TriageMessages.levelSummary(outcome.level(), Locale.GERMAN);
    outcome.findings().forEach(f -> findings.add(new StoredFinding(f)));
    this.suggestedAlternatives.addAll(outcome.suggestedAlternatives());
    this.ruleSetVersion = outcome.ruleSetVersion();
    this.createdAt = createdAt;
  }

  public boolean has(FindingCode code) {
    return findings.stream().anyMatch(f -> f.getCode() == code);
  }

  public Long getId() {
    return id;
  }

  public WeeklyReport getReport() {
    return report;
  }

  public Level getLevel() {
    return level;
  }

  public List<StoredFinding> getFindings() {
    return Collections.unmodifiableList(findings);
  }

  public List<Alternative> getSuggestedAlternatives() {
    return Collections.unmodifiableList(suggestedAlternatives);
  }

  public String getRuleSetVersion() {
    return ruleSetVersion;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  /** What the level meant, as shown then, in the reader's language (English if not stored). */
  public String getLevelSummary() {
    return FrozenText.current(levelSummary, levelSummaryDe);
  }

  /** When the version this triaged was submitted. */
  public Instant getCreatedAt() {
    return createdAt;
  }
}
