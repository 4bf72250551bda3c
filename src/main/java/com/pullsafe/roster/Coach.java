package com.pullsafe.roster;

import com.pullsafe.identity.UserAccount;
import com.pullsafe.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.eclipse.persistence.config.QueryHints;

/** A coach of one tenant: looks after the athletes assigned to them. */
@Entity
@Table(name = "coach")
@NamedQuery(
    name = "Coach.findAll",
    query = "select c from Coach c join fetch c.account order by c.displayName, c.id")
@NamedQuery(name = "Coach.count", query = "select count(c) from Coach c")
// With the account and its tenant in the same statement: every coach request starts here.
@NamedQuery(
    name = "Coach.findByAccountEmail",
    query = "select c from Coach c where c.account.email = :email",
    hints = @QueryHint(name = QueryHints.FETCH, value = "c.account.tenant"))
public class Coach extends TenantOwnedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true)
  private UserAccount account;

  @Column(name = "display_name", nullable = false, length = UserAccount.DISPLAY_NAME_MAX)
  private String displayName;

  protected Coach() {}

  public Coach(UserAccount account) {
    this.account = account;
    this.displayName = account.getDisplayName();
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
}
