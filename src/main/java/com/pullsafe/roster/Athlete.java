package com.pullsafe.roster;

import com.pullsafe.identity.UserAccount;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.eclipse.persistence.config.QueryHints;

/**
 * An athlete of one tenant, looked after by one coach. Carries the level that stands for their
 * latest reported week, so that lists show it without reading reports.
 */
@Entity
@Table(name = "athlete")
@NamedQuery(
    name = "Athlete.findAll",
    query =
        "select a from Athlete a join fetch a.account left join fetch a.coach"
            + " order by a.displayName, a.id")
@NamedQuery(name = "Athlete.count", query = "select count(a) from Athlete a")
@NamedQuery(
    name = "Athlete.countByCoach",
    query = "select count(a) from Athlete a where a.coach.id = :coachId")
@NamedQuery(
    name = "Athlete.findByCoach",
    query =
        "select a from Athlete a join fetch a.account join fetch a.coach"
            + " where a.coach.id = :coachId order by a.displayName, a.id")
// The signed-in athlete with everything a submission reads, in one statement: their account and its
// tenant, their coach and the coach's account with its tenant (to-one relations are eager, so
// unjoined they would cost five more statements per request; the coach's account's tenant is the
// same row, but EclipseLink builds that account first and reads its tenant again unless joined).
@NamedQuery(
    name = "Athlete.findByAccountEmail",
    query = "select a from Athlete a where a.account.email = :email",
    hints = {
      @QueryHint(name = QueryHints.FETCH, value = "a.account.tenant"),
      @QueryHint(name = QueryHints.LEFT_FETCH, value = "a.coach.account.tenant")
    })
public class Athlete extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true)
  private UserAccount account;

  @Column(name = "display_name", nullable = false, length = UserAccount.DISPLAY_NAME_MAX)
  private String displayName;

  @ManyToOne
  @JoinColumn(name = "coach_id")
  private Coach coach;

  @Column(nullable = false)
  private boolean archived;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_level", length = 8)
  private Level statusLevel;

  @Column(name = "status_week", length = 8)
  private String statusWeek;

  protected Athlete() {}

  public Athlete(UserAccount account, Coach coach) {
    this.account = account;
    this.displayName = account.getDisplayName();
    this.coach = coach;
  }

  public void assignTo(Coach newCoach) {
    this.coach = newCoach;
  }

  public void archive() {
    this.archived = true;
  }

  public void restore() {
    this.archived = false;
  }

  /**
   * The level that stands for a report of {@code week} (ISO text, e.g. 2026-W47) is now {@code
   * level}; it becomes the athlete's status unless a later week is already reported.
   */
  public void recordStatus(String week, Level level) {
    if (statusWeek == null || week.compareTo(statusWeek) >= 0) {
      statusWeek = week;
      statusLevel = level;
    }
  }

  public boolean isLookedAfterBy(Coach candidate) {
    return coach != null && candidate != null && coach.getId().equals(candidate.getId());
  }

  /** Takes the name its account now has. */
  void rename(String newDisplayName) {
    this.displayName = newDisplayName.trim();
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Coach getCoach() {
    return coach;
  }

  public boolean isArchived() {
    return archived;
  }

  public Level getStatusLevel() {
    return statusLevel;
  }

  public String getStatusWeek() {
    return statusWeek;
  }
}
