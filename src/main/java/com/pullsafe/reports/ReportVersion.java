package com.pullsafe.reports;

import com.pullsafe.reports.answers.ReportAnswers;
import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
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

  @Embedded private ReportAnswers answers;

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
    this.answers = report.answers();
  }

  /** The answers of this version as the athlete stated them, for the week {@code week}. */
  NewReport stated(IsoWeek week) {
    return new NewReport(week.toString(), answers);
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
