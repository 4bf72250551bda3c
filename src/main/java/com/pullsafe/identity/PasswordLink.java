package com.pullsafe.identity;

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
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * A one-time link that sets its account's password (an invitation's or a reset's): only the SHA-256
 * of its secret is kept, it expires, and it works once. Installation-wide like {@link UserAccount}.
 */
@Entity
@Table(name = "password_link")
@NamedQuery(
    name = "PasswordLink.findByHash",
    query = "select l from PasswordLink l join fetch l.account where l.tokenHash = :hash",
    // Whether a link was used is read from the database, never from the shared cache.
    hints = @QueryHint(name = QueryHints.REFRESH, value = HintValues.TRUE))
@NamedQuery(
    name = "PasswordLink.findUnusedByAccount",
    query = "select l from PasswordLink l where l.account.id = :accountId and l.usedAt is null")
public class PasswordLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private UserAccount account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PasswordLinkPurpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordLink() {}

  /** A link for {@code account} whose secret is {@code token}, working for {@code lifetime}. */
  public PasswordLink(
      UserAccount account,
      PasswordLinkPurpose purpose,
      String token,
      Instant now,
      Duration lifetime) {
    this.account = Objects.requireNonNull(account);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = TokenSecrets.hash(token);
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /**
   * Whether the link may still set the password at {@code now}: unused, unexpired, account active.
   */
  public boolean works(Instant now) {
    return usedAt == null && now.isBefore(expiresAt) && account.isActive();
  }

  /** Spends the link; a used or expired link is refused (false) and stays as it was. */
  public boolean use(Instant now) {
    if (!works(now)) {
      return false;
    }
    usedAt = now;
    return true;
  }

  /** Ends an unused link without setting a password (a newer one replaces it). */
  void withdraw(Instant now) {
    if (usedAt == null && now.isBefore(expiresAt)) {
      expiresAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAccount() {
    return account;
  }

  public PasswordLinkPurpose getPurpose() {
    return purpose;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
