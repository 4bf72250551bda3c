package com.pullsafe.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A personal access token of one account (api-v1, "Authentication"): its name and visible prefix
 * for lists, and the SHA-256 of its secret. Installation-wide like {@link UserAccount}. A revoked
 * token stays as a record but never signs anyone in again.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(
    name = "AccessToken.findByHash",
    query = "select t from AccessToken t join fetch t.account a where t.tokenHash = :hash")
@NamedQuery(
    name = "AccessToken.findActiveByAccount",
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

  /** Last use is recorded at most this often, so a busy token is not a write per request. */
  static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
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

  protected AccessToken() {}

  /** A token for {@code account} whose secret is {@code token}; only its hash is kept. */
  public AccessToken(UserAccount account, String name, String token) {
    this.account = Objects.requireNonNull(account);
    this.name = name.trim();
    this.prefix = TokenSecrets.visiblePrefix(token);
    this.tokenHash = TokenSecrets.hash(token);
  }

  public boolean isRevoked() {
    return revokedAt != null;
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
}
