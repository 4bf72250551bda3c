package com.pullsafe.audit;

import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Who did what to which object, and when. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwnedEntity implements Serializable {

  public static final int DETAIL_MAX = 2000;
  public static final int SUBJECT_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  /** The login (e-mail) of who did it, or {@code system}. */
  @Column(nullable = false, length = 254)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AuditAction action;

  @Column(name = "object_type", nullable = false, length = 40)
  private String objectType;

  @Column(name = "object_id", nullable = false)
  private long objectId;

  @Column(length = DETAIL_MAX)
  private String detail;

  /**
   * Who or what the entry is about, by name (e.g. the athlete); null in entries written before
   * subjects were recorded (V8).
   */
  @Column(length = SUBJECT_MAX)
  private String subject;

  protected AuditEntry() {}

  AuditEntry(
      Instant at,
      String actor,
      AuditAction action,
      String objectType,
      long objectId,
      String subject,
      String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.subject = cut(subject, SUBJECT_MAX);
    this.detail = cut(detail, DETAIL_MAX);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public long getObjectId() {
    return objectId;
  }

  public String getDetail() {
    return detail;
  }

  public String getSubject() {
    return subject;
  }
}
