package com.pullsafe.program;

import com.pullsafe.roster.Athlete;
import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A coach's clearance for heavy pulling after a RED or URGENT report (domain brief, "After RED or
 * URGENT"): when, who, and a note. Clears every RED or URGENT report submitted before it.
 */
@Entity
@Table(name = "clearance")
@NamedQuery(
    name = "Clearance.findLatestTime",
    query =
        "select c.clearedAt from Clearance c where c.athlete.id = :athleteId"
            + " order by c.clearedAt desc")
@NamedQuery(
    name = "Clearance.latestTimes",
    query =
        "select c.athlete.id, max(c.clearedAt) from Clearance c where c.athlete.id in :ids"
            + " group by c.athlete.id")
public class Clearance extends TenantOwnedEntity {

  public static final int NOTE_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "athlete_id", nullable = false)
  private Athlete athlete;

  @Column(name = "cleared_on", nullable = false)
  private LocalDate clearedOn;

  @Column(name = "cleared_at", nullable = false)
  private Instant clearedAt;

  @Column(name = "cleared_by", nullable = false, length = 254)
  private String clearedBy;

  @Column(nullable = false, length = NOTE_MAX)
  private String note;

  protected Clearance() {}

  Clearance(
      Athlete athlete, Instant clearedAt, LocalDate clearedOn, String clearedBy, String note) {
    this.athlete = athlete;
    this.clearedAt = clearedAt;
    this.clearedOn = clearedOn;
    this.clearedBy = clearedBy;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getClearedOn() {
    return clearedOn;
  }

  public Instant getClearedAt() {
    return clearedAt;
  }

  public String getClearedBy() {
    return clearedBy;
  }

  public String getNote() {
    return note;
  }
}
