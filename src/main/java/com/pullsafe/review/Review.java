package com.pullsafe.review;

import com.pullsafe.reports.WeeklyReport;
import com.pullsafe.tenancy.TenantOwnedEntity;
import com.pullsafe.triage.Level;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A coach's review of one report (domain brief, "Coaches ... confirm or override it (override needs
 * a reason), write a note to the athlete"). A review is of one version of the report: an amendment
 * that escalates re-opens the report for another review, and the earlier one stays stored.
 */
@Entity
@Table(name = "review")
@NamedQuery(
    name = "Review.findByReport",
    query =
        "select v from Review v where v.report.id = :reportId"
            + " order by v.reviewedAt desc, v.id desc")
@NamedQuery(
    name = "Review.relearningByAthlete",
    query =
        "select v.relearningBlock from Review v where v.report.athlete.id = :athleteId"
            + " order by v.reviewedAt desc, v.id desc")
public class Review extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "report_id", nullable = false)
  private WeeklyReport report;

  /** The version of the report's answers the coach reviewed. */
  @Column(name = "version_number", nullable = false)
  private int reportVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Decision decision;

  /** The level the triage gave, kept next to the override for the record. */
  @Enumerated(EnumType.STRING)
  @Column(name = "triage_level", nullable = false, length = 8)
  private Level triageLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "override_level", length = 8)
  private Level overrideLevel;

  @Column(length = ReviewRequest.REASON_MAX)
  private String reason;

  @Column(name = "note_to_athlete", length = ReviewRequest.NOTE_MAX)
  private String noteToAthlete;

  /** The reviewer's login (e-mail). */
  @Column(nullable = false, length = 254)
  private String reviewer;

  @Column(name = "reviewer_name", nullable = false, length = 120)
  private String reviewerName;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  /** The coach prescribes the relearning block with this review. */
  @Column(name = "relearning_block", nullable = false)
  private boolean relearningBlock;

  @Version private long version;

  protected Review() {}

  private Review(
      WeeklyReport report,
      Decision decision,
      Level triageLevel,
      Level overrideLevel,
      String reason,
      String noteToAthlete,
      String reviewer,
      String reviewerName,
      Instant reviewedAt) {
    this.report = report;
    this.reportVersion = report.getVersionNumber();
    this.decision = decision;
    this.triageLevel = triageLevel;
    this.overrideLevel = overrideLevel;
    this.reason = blankToNull(reason);
    this.noteToAthlete = blankToNull(noteToAthlete);
    this.reviewer = reviewer;
    this.reviewerName = reviewerName;
    this.reviewedAt = reviewedAt;
  }

  /** The coach agrees with the triage. */
  static Review confirm(
      WeeklyReport report, Level triageLevel, String note, String by, String byName, Instant at) {
    return new Review(report, Decision.CONFIRM, triageLevel, null, null, note, by, byName, at);
  }

  /** The coach sets another level; the reason is required. */
  static Review override(
      WeeklyReport report,
      Level triageLevel,
      Level newLevel,
      String reason,
      String note,
      String by,
      String byName,
      Instant at) {
    Objects.requireNonNull(newLevel, "newLevel");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("An override needs a reason");
    }
    return new Review(
        report, Decision.OVERRIDE, triageLevel, newLevel, reason, note, by, byName, at);
  }

  void prescribeRelearningBlock() {
    relearningBlock = true;
  }

  /** The level that stands after this review. */
  public Level standingLevel() {
    return decision == Decision.OVERRIDE ? overrideLevel : triageLevel;
  }

  public ReviewView view() {
    return new ReviewView(
        id,
        report.getId(),
        decision,
        triageLevel,
        overrideLevel,
        standingLevel(),
        reason,
        noteToAthlete,
        reviewerName,
        reviewedAt,
        relearningBlock,
        reportVersion);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public WeeklyReport getReport() {
    return report;
  }

  public int getReportVersion() {
    return reportVersion;
  }

  public Decision getDecision() {
    return decision;
  }

  public Level getOverrideLevel() {
    return overrideLevel;
  }

  public String getReason() {
    return reason;
  }

  public long getVersion() {
    return version;
  }
}
