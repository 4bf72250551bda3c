package com.pullsafe.alerts;

import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.MailClaim;
import com.pullsafe.shared.WeekNames;
import com.pullsafe.tenancy.TenantOwnedEntity;
import com.pullsafe.triage.Level;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * An in-app notification about a RED or URGENT report for one user (domain brief, "Who is alerted":
 * the athlete's coach, or every tenant admin when the athlete has no coach), with the state of its
 * e-mail. Stored in the report's transaction, so it is never lost; the e-mail goes out after the
 * commit and is retried.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = "Notification.findByRecipient",
    query =
        "select n from Notification n where n.recipient.email = :email"
            + " order by n.createdAt desc, n.id desc")
@NamedQuery(
    name = "Notification.findUnreadByRecipient",
    query =
        "select n from Notification n where n.recipient.email = :email and n.readAt is null"
            + " order by n.createdAt desc, n.id desc")
@NamedQuery(
    name = "Notification.findByReport",
    query = "select n from Notification n where n.reportId = :reportId")
public class Notification extends TenantOwnedEntity {

  public static final int MAX_MAIL_ATTEMPTS = 5;
  static final int ERROR_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "recipient_id", nullable = false)
  private UserAccount recipient;

  @Column(name = "report_id", nullable = false)
  private long reportId;

  @Column(name = "athlete_name", nullable = false, length = 120)
  private String athleteName;

  @Column(nullable = false, length = 8)
  private String week;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Level level;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_status", nullable = false, length = 10)
  private MailStatus mailStatus = MailStatus.PENDING;

  @Column(name = "mail_attempts", nullable = false)
  private int mailAttempts;

  @Column(name = "mail_error", length = ERROR_MAX)
  private String mailError;

  @Column(name = "mail_sent_at")
  private Instant mailSentAt;

  @Embedded private MailClaim mailClaim;

  protected Notification() {}

  Notification(
      UserAccount recipient,
      long reportId,
      String athleteName,
      String week,
      Level level,
      Instant createdAt) {
    this.recipient = recipient;
    this.reportId = reportId;
    this.athleteName = athleteName;
    this.week = week;
    this.level = level;
    this.createdAt = createdAt;
  }

  /** Whether the e-mail should be tried (again). */
  boolean mailDue() {
    return (mailStatus == MailStatus.PENDING || mailStatus == MailStatus.FAILED)
        && mailAttempts < MAX_MAIL_ATTEMPTS;
  }

  /** Claims the e-mail's next try; empty when it is not due or another try holds it. */
  Optional<String> claimMail(Instant now) {
    return mailDue() ? claim().take(now) : Optional.empty();
  }

  /** Records the try that {@code token} claimed as sent; false when that claim was lost. */
  boolean mailSent(String token, Instant at) {
    if (!claim().release(token)) {
      return false;
    }
    mailAttempts++;
    mailStatus = MailStatus.SENT;
    mailSentAt = at;
    mailError = null;
    return true;
  }

  /** Records the try that {@code token} claimed as failed; false when that claim was lost. */
  boolean mailFailed(String token, String error) {
    if (!claim().release(token)) {
      return false;
    }
    mailAttempts++;
    mailStatus = MailStatus.FAILED;
    mailError =
        error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
    return true;
  }

  /** EclipseLink reads an embedded value whose columns are all null as null. */
  private MailClaim claim() {
    if (mailClaim == null) {
      mailClaim = new MailClaim();
    }
    return mailClaim;
  }

  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public NotificationView view() {
    return new NotificationView(
        id, reportId, athleteName, week, level, text(), createdAt, readAt != null, mailStatus);
  }

  /**
   * One line for the recipient, in the current language: who reported which week, at which level.
   */
  public String text() {
    return AlertTexts.TEXTS.text(
        "notification.text", athleteName, WeekNames.inCurrentLanguage(week), levelName());
  }

  /** The level as the current language names it ("Red", "Rot"). */
  String levelName() {
    return AlertTexts.TEXTS.text("level." + level.name());
  }

  public Long getId() {
    return id;
  }

  public UserAccount getRecipient() {
    return recipient;
  }

  public long getReportId() {
    return reportId;
  }

  public String getAthleteName() {
    return athleteName;
  }

  public String getWeek() {
    return week;
  }

  public Level getLevel() {
    return level;
  }

  public MailStatus getMailStatus() {
    return mailStatus;
  }

  public int getMailAttempts() {
    return mailAttempts;
  }
}
