package com.pullsafe.reports;

import com.pullsafe.programming.Alternative;
import com.pullsafe.tenancy.TenantOwnedEntity;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageOutcome;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the triage engine said about a report, kept as it was: level, findings with their reasons,
 * suggested alternatives and the rule-set version (domain brief: "a later rule change never
 * rewrites history silently"). Never changed after it is stored; an override lives in the review.
 */
@Entity
@Table(name = "triage_result")
@NamedQuery(
    name = "TriageResult.findByReport",
    query = "select t from TriageResult t where t.report.id = :reportId")
@NamedQuery(
    name = "TriageResult.findByAthlete",
    query =
        "select t from TriageResult t join fetch t.report r where r.athlete.id = :athleteId"
            + " order by r.week desc")
@NamedQuery(
    name = "TriageResult.idsByAthlete",
    query =
        "select t.id from TriageResult t join t.report r where r.athlete.id = :athleteId"
            + " order by r.week desc")
@NamedQuery(
    name = "TriageResult.findWithReports",
    query = "select t from TriageResult t join fetch t.report where t.id in :ids")
@NamedQuery(
    name = "TriageResult.findingsOf",
    query =
        "select t.id, f.code, f.level, f.reason from TriageResult t join t.findings f"
            + " where t.id in :ids order by t.id, index(f)")
public class TriageResult extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", nullable = false, unique = true)
  private WeeklyReport report;

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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TriageResult() {}

  public TriageResult(WeeklyReport report, TriageOutcome outcome, Instant createdAt) {
    this.report = report;
    this.level = outcome.level();
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

  public Instant getCreatedAt() {
    return createdAt;
  }
}
