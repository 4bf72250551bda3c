package com.pullsafe.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * A personal access token of one account (api-v1, "Authentication"): its name and visible prefix
 * for lists, the SHA-256 of its secret and, if its owner chose one, when it expires.
 * Installation-wide like {@link UserAccount}. A revoked or expired token stays as a record but
 * never signs anyone in again.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(
    name = "AccessToken.findByHash",
    query = "select t from AccessToken t join fetch t.account a where t.tokenHash = :hash",
    // A token's and its account's standing are read from the database on every use, never from
    // the shared cache: a revocation, expiry or deactivation made elsewhere counts at once. The
    // account's tenant (its standing too) comes in the same statement.
    hints = {
      @QueryHint(name = QueryHints.REFRESH, value = HintValues.TRUE),
      @QueryHint(name = QueryHints.LEFT_FETCH, value = "t.account.tenant")
    })
@NamedQuery(
    name = "AccessToken.findUnrevokedByAccount",
    query =
        "select t from AccessToken t where t.account.email = :email and t.revokedAt is null"
            + " order by t.createdAt, t.id")
@NamedQuery(
    name = "AccessToken.findActiveByIdAndAccount",
    query =
        "select t from AccessToken t where t.id = :id and t.account.email = :email"
            + " and t.revokedAt is null")
public class AccessToken {

  public static final int NAME_MAX = 80;

  /** The longest lifetime a token may be given; longer-lived ones are made without expiry. */
  public static final int EXPIRES_IN_DAYS_MAX = 365;

  /** Last use is recorded at most this often, so a busy token is not a write per request. */
  static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private UserAccount account;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(nullable = false, length = 16)
  private String prefix;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** Null: the token never expires. */
  @Column(name = "expires_at")
  private Instant expiresAt;

  protected AccessToken() {}

  /**
   * A token for {@code account} whose secret is {@code token}, working until {@code expiresAt}
   * (null: until revoked); only the secret's hash is kept.
   */
  public AccessToken(UserAccount account, String name, String token, Instant expiresAt) {
    this.account = Objects.requireNonNull(account);
    this.name = name.trim();
    this.prefix = TokenSecrets.visiblePrefix(token);
    this.tokenHash = TokenSecrets.hash(token);
    this.expiresAt = expiresAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /**
   * Whether the token may sign its account in at {@code now}: neither revoked nor expired, made
   * after the account's last password change, and the account is active. The tenant's standing is
   * the caller's to check.
   */
  boolean signsIn(Instant now) {
    return !isRevoked()
        && !isExpired(now)
        && !createdAt.isBefore(account.getCredentialsChangedAt())
        && account.isActive();
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /** Notes a use, at most once per {@link #LAST_USED_RESOLUTION}. */
  void recordUse(Instant now) {
    if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_RESOLUTION).isBefore(now)) {
      lastUsedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
