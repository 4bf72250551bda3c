package com.pullsafe.reminders;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.shared.MailClaim;
import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The reminder of one athlete for one ISO week (table {@code reminder_sent}). The row is created by
 * the decision (once per athlete and week, the database's unique key sees to that); its e-mail goes
 * out after the commit and is retried.
 */
@Entity
@Table(name = "reminder_sent")
@NamedQuery(
    name = "Reminder.findByAthleteAndWeek",
    query = "select r from Reminder r where r.athleteId = :athleteId and r.week = :week")
public class Reminder extends TenantOwnedEntity {

  public static final int MAX_MAIL_ATTEMPTS = 5;
  static final int ERROR_MAX = 500;

  @Id private Long id;

  @Column(name = "athlete_id", nullable = false, updatable = false)
  private long athleteId;

  @Column(nullable = false, length = 8, updatable = false)
  private IsoWeek week;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_status", nullable = false, length = 10)
  private ReminderMailStatus mailStatus;

  @Column(name = "mail_attempts", nullable = false)
  private int mailAttempts;

  @Column(name = "mail_error", length = ERROR_MAX)
  private String mailError;

  @Column(name = "mail_sent_at")
  private Instant mailSentAt;

  @Column(name = "unsubscribe_hash", length = 64)
  private String unsubscribeHash;

  @Embedded private MailClaim mailClaim;

  protected Reminder() {}

  boolean mailDue() {
    return (mailStatus == ReminderMailStatus.PENDING || mailStatus == ReminderMailStatus.FAILED)
        && mailAttempts < MAX_MAIL_ATTEMPTS;
  }

  /** A fresh unsubscribe secret for this try; only its hash is kept. */
  void unsubscribableWith(String secretHash) {
    this.unsubscribeHash = secretHash;
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
    mailStatus = ReminderMailStatus.SENT;
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
    mailStatus = ReminderMailStatus.FAILED;
    mailError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
    return true;
  }

  /** The reminder no longer stands; ends the try that {@code token} claimed. */
  void cancel(String token) {
    claim().release(token);
    mailStatus = ReminderMailStatus.CANCELLED;
  }

  /** EclipseLink reads an embedded value whose columns are all null as null. */
  private MailClaim claim() {
    if (mailClaim == null) {
      mailClaim = new MailClaim();
    }
    return mailClaim;
  }

  public Long getId() {
    return id;
  }

  public long getAthleteId() {
    return athleteId;
  }

  public IsoWeek getWeek() {
    return week;
  }

  public ReminderMailStatus getMailStatus() {
    return mailStatus;
  }

  public int getMailAttempts() {
    return mailAttempts;
  }
}
