package com.pullsafe.reports;

import com.pullsafe.reports.answers.ReportAnswers;
import com.pullsafe.roster.Athlete;
import com.pullsafe.tenancy.TenantOwnedEntity;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One athlete's report of one ISO week (domain brief, "The weekly report"): what they stated in its
 * current version, and the level that stands for it now: the triage's, or the coach's override.
 * Each version's triage is kept unchanged in a {@link TriageResult}; the answers an amendment
 * replaced are kept in a {@link ReportVersion} (domain brief, "Amending a report").
 */
@Entity
@Table(name = "weekly_report")
@NamedQuery(
    name = "WeeklyReport.findHistoryUpTo",
    query =
        "select r.week, r.answers.topSetKg, r.answers.painScore, r.level from WeeklyReport r"
            + " where r.athlete.id = :athleteId and r.week <= :week order by r.week desc")
@NamedQuery(
    name = "WeeklyReport.countByAthlete",
    query = "select count(r) from WeeklyReport r where r.athlete.id = :athleteId")
@NamedQuery(
    name = "WeeklyReport.findHistoryBefore",
    query =
        "select r.week, r.answers.topSetKg, r.answers.painScore, r.level from WeeklyReport r"
            + " where r.athlete.id = :athleteId and r.week < :week order by r.week desc")
@NamedQuery(
    name = "WeeklyReport.findByAthlete",
    query = "select r from WeeklyReport r where r.athlete.id = :athleteId order by r.week desc")
@NamedQuery(
    name = "WeeklyReport.findLatestTopSet",
    query =
        "select r from WeeklyReport r where r.athlete.id = :athleteId and r.answers.topSetKg is not null"
            + " order by r.week desc")
@NamedQuery(
    name = "WeeklyReport.countAtLeastSince",
    query =
        "select count(r) from WeeklyReport r where r.athlete.id = :athleteId"
            + " and r.levelRank >= :rank and r.week >= :week")
@NamedQuery(
    name = "WeeklyReport.findLatestAtLeast",
    query =
        "select r.submittedAt from WeeklyReport r where r.athlete.id = :athleteId"
            + " and r.levelRank >= :rank order by r.submittedAt desc")
public class WeeklyReport extends TenantOwnedEntity {

  // Keys come from blocks the application reserves (migration V16), so no insert waits for its key.
  @Id
  @SequenceGenerator(
      name = "weekly_report_ids",
      sequenceName = "weekly_report_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weekly_report_ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "athlete_id", nullable = false)
  private Athlete athlete;

  @Column(nullable = false, length = 8)
  private IsoWeek week;

  @Embedded private ReportAnswers answers;

  /** When the report was submitted, or last escalated by an amendment: its place in the queue. */
  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  /** The number of the current version of the answers: 1, one more with each amendment. */
  @Column(name = "version_number", nullable = false)
  private int versionNumber;

  /** The level that stands: the triage's, or the coach's override. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Level level;

  /** {@link #level} as a number, so that the queue sorts most severe first over an index. */
  @Column(name = "level_rank", nullable = false)
  private int levelRank;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_status", nullable = false, length = 12)
  private ReviewStatus reviewStatus;

  @Version private long version;

  protected WeeklyReport() {}

  /** A report as stated, triaged by {@code outcome}. */
  public WeeklyReport(
      Athlete athlete, ValidReport report, TriageOutcome outcome, Instant submittedAt) {
    this.athlete = Objects.requireNonNull(athlete, "athlete");
    this.week = report.week();
    this.versionNumber = 1;
    state(report);
    this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    setLevel(outcome.level());
    this.reviewStatus = outcome.flagged() ? ReviewStatus.OPEN : ReviewStatus.NOT_FLAGGED;
  }

  /**
   * The athlete replaces the answers with {@code amended}, which the triage rated {@code
   * newTriageLevel} (domain brief, "Amending a report"). When that is higher than the level the
   * coach last saw (the level that stands once reviewed; the previous version's triage while
   * unreviewed), the report escalates: it goes back to the open queue at the new level, dated
   * {@code at}. Otherwise its place in the queue stays as it is: an amendment never lowers the
   * level that stands, only a coach's review does.
   *
   * @return whether the amendment escalated the report
   */
  boolean amend(ValidReport amended, Level newTriageLevel, Level previousTriageLevel, Instant at) {
    if (!amended.week().equals(week)) {
      throw new IllegalArgumentException("An amendment of " + week + " is for " + amended.week());
    }
    Level lastSeen = reviewStatus == ReviewStatus.REVIEWED ? level : previousTriageLevel;
    boolean escalates = !lastSeen.isAtLeast(newTriageLevel);
    state(amended);
    versionNumber++;
    if (escalates) {
      setLevel(Level.highest(level, newTriageLevel));
      reviewStatus = ReviewStatus.OPEN;
      submittedAt = Objects.requireNonNull(at, "at");
    }
    return escalates;
  }

  private void state(ValidReport report) {
    this.answers = report.answers().copy();
  }

  /** A coach reviewed the report; {@code standingLevel} is the triage's or the override. */
  public void reviewed(Level standingLevel) {
    if (reviewStatus == ReviewStatus.REVIEWED) {
      throw new IllegalStateException("Report " + id + " is already reviewed");
    }
    setLevel(standingLevel);
    reviewStatus = ReviewStatus.REVIEWED;
  }

  private void setLevel(Level newLevel) {
    this.level = Objects.requireNonNull(newLevel, "level");
    this.levelRank = newLevel.ordinal();
  }

  /** The answers of the current version, as the triage reads them: a copy. */
  public ReportAnswers answers() {
    return answers.copy();
  }

  public Long getId() {
    return id;
  }

  public Athlete getAthlete() {
    return athlete;
  }

  public IsoWeek getWeek() {
    return week;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Level getLevel() {
    return level;
  }

  public ReviewStatus getReviewStatus() {
    return reviewStatus;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public long getVersion() {
    return version;
  }
}
