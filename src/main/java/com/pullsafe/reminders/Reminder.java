package com.pullsafe.reminders;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

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

  protected Reminder() {}

  boolean mailDue() {
    return (mailStatus == ReminderMailStatus.PENDING || mailStatus == ReminderMailStatus.FAILED)
        && mailAttempts < MAX_MAIL_ATTEMPTS;
  }

  /** A fresh unsubscribe secret for this try; only its hash is kept. */
  void unsubscribableWith(String secretHash) {
    this.unsubscribeHash = secretHash;
  }

  void mailSent(Instant at) {
    mailAttempts++;
    mailStatus = ReminderMailStatus.SENT;
    mailSentAt = at;
    mailError = null;
  }

  void mailFailed(String error) {
    mailAttempts++;
    mailStatus = ReminderMailStatus.FAILED;
    mailError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
  }

  void cancel() {
    mailStatus = ReminderMailStatus.CANCELLED;
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
