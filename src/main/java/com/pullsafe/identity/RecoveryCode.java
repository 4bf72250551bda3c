package com.pullsafe.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One single-use recovery code of an account's two-factor sign-in, for when the authenticator is
 * lost. Random and long enough (50 bits, throttled) that, like an access token, its SHA-256 is what
 * is stored and looked up.
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
    name = "RecoveryCode.findUnused",
    query =
        "select c from RecoveryCode c where c.accountId = :accountId and c.codeHash = :hash"
            + " and c.usedAt is null")
@NamedQuery(
    name = "RecoveryCode.countUnused",
    query =
        "select count(c) from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
@NamedQuery(
    name = "RecoveryCode.deleteByAccount",
    query = "delete from RecoveryCode c where c.accountId = :accountId")
public class RecoveryCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(long accountId, String codeHash) {
    this.accountId = accountId;
    this.codeHash = codeHash;
  }

  void use(Instant now) {
    this.usedAt = now;
  }
}
