package com.pullsafe.identity;

import com.pullsafe.shared.Language;
import com.pullsafe.tenancy.Tenant;
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
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/**
 * A person who can sign in. Accounts are installation-wide (the e-mail is the login and is unique
 * across tenants), so this entity is not tenant-discriminated; what a user sees of a tenant lives
 * in the tenant-owned roster entities.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "UserAccount.findByEmail",
    query = "select u from UserAccount u where u.email = :email")
@NamedQuery(
    name = "UserAccount.findByTenantAndRole",
    query =
        "select u from UserAccount u where u.tenant.id = :tenantId and u.role = :role order by u.id")
@NamedQuery(
    name = "UserAccount.standingById",
    query =
        "select u.active, u.credentialsChangedAt, t.status from UserAccount u left join u.tenant t"
            + " where u.id = :id")
@NamedQuery(
    name = "UserAccount.countByRole",
    query = "select count(u) from UserAccount u where u.role = :role")
@NamedQuery(
    name = "UserAccount.findActiveByTenantAndRole",
    query =
        "select u from UserAccount u where u.tenant.id = :tenantId and u.role = :role"
            + " and u.active = true order by u.id")
@NamedQuery(
    name = "UserAccount.countOtherActiveByTenantAndRole",
    query =
        "select count(u) from UserAccount u where u.tenant.id = :tenantId and u.role = :role"
            + " and u.active = true and u.id <> :id")
public class UserAccount {

  public static final int EMAIL_MAX = 254;

  /**
   * An e-mail address, with the blanks around it that are trimmed away; blank alone passes, as
   * {@code @NotBlank} says what is wrong with it.
   */
  public static final String EMAIL_PATTERN = "\\s*(?:[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*)?";

  public static final int DISPLAY_NAME_MAX = 120;
  public static final int PASSWORD_MIN = 10;
  public static final int PASSWORD_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /**
   * Read in the account's own statement (an outer join: platform admins have none) wherever an
   * account is the query's root: every request reads its caller's account, and the tenant's
   * standing with it. Queries that reach accounts through a join name the tenant in a fetch hint.
   */
  @ManyToOne
  @JoinColumn(name = "tenant_id")
  @JoinFetch(JoinFetchType.OUTER)
  private Tenant tenant;

  @Column(nullable = false, unique = true, length = EMAIL_MAX)
  private String email;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  /** False once deactivated (a coach or admin) or archived (an athlete): no sign-in, no token. */
  @Column(nullable = false)
  private boolean active = true;

  /** Sessions begun and tokens created before this instant no longer work. */
  @Column(name = "credentials_changed_at", nullable = false)
  private Instant credentialsChangedAt = createdAt;

  /** The language the person chose for pages and mails ("de"); null: the browser's choice. */
  @Column(length = 8)
  private String language;

  protected UserAccount() {}

  public UserAccount(
      Tenant tenant, String email, String displayName, String passwordHash, Role role) {
    if (role.belongsToTenant() != (tenant != null)) {
      throw new IllegalArgumentException(
          role + " accounts " + (tenant == null ? "need" : "have no") + " tenant");
    }
    this.tenant = tenant;
    this.email = normalizeEmail(email);
    this.displayName = displayName.trim();
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = role;
  }

  public static String normalizeEmail(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  /** Sets a new password and thereby ends every session and token issued before {@code now}. */
  public void changePasswordHash(String newHash, Instant now) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.credentialsChangedAt = Objects.requireNonNull(now);
  }

  public void deactivate() {
    this.active = false;
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName.trim();
  }

  public void reactivate() {
    this.active = true;
  }

  /** The language chosen for pages and mails, if any. */
  public Optional<Locale> getLanguage() {
    return Language.of(language);
  }

  /** Chooses a supported language, or none (null) for the browser's choice. */
  public void setLanguage(Locale chosen) {
    this.language =
        chosen == null ? null : Language.of(chosen.getLanguage()).orElseThrow().getLanguage();
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCredentialsChangedAt() {
    return credentialsChangedAt;
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
