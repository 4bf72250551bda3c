package com.pullsafe.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * An account's authenticator (TOTP, RFC 6238): its secret, sealed by {@link TotpSecretBox}; when
 * the user confirmed it with a first code (until then it is only being set up and does not guard
 * sign-in); and the last time step accepted, so that no code is accepted twice. Installation-wide
 * like {@link UserAccount}.
 */
@Entity
@Table(name = "totp_enrolment")
@NamedQuery(
    name = "TotpEnrolment.findByAccount",
    query = "select e from TotpEnrolment e where e.accountId = :accountId")
@NamedQuery(
    name = "TotpEnrolment.deleteByAccount",
    query = "delete from TotpEnrolment e where e.accountId = :accountId")
@NamedQuery(
    name = "TotpEnrolment.enrolledEmailsOfTenant",
    query =
        "select u.email from UserAccount u, TotpEnrolment e where e.accountId = u.id"
            + " and u.tenant.id = :tenantId and e.confirmedAt is not null")
public class TotpEnrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false, unique = true)
  private long accountId;

  @Column(name = "sealed_secret", nullable = false, length = 200)
  private String sealedSecret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "last_used_step", nullable = false)
  private long lastUsedStep;

  protected TotpEnrolment() {}

  TotpEnrolment(long accountId, String sealedSecret, Instant now) {
    this.accountId = accountId;
    this.sealedSecret = sealedSecret;
    this.createdAt = now;
  }

  /** A new secret in place of an unconfirmed one (the set-up began again). */
  void replaceSecret(String sealed, Instant now) {
    if (isConfirmed()) {
      throw new IllegalStateException("Confirmed authenticators are reset, not replaced");
    }
    this.sealedSecret = sealed;
    this.createdAt = now;
    this.lastUsedStep = 0;
  }

  /**
   * Accepts {@code code} if it is one of the window's and newer than the last accepted; the first
   * accepted code confirms the set-up.
   */
  boolean accept(byte[] secret, String code, Instant now) {
    OptionalLong step = Totp.matchingStep(secret, code, now, lastUsedStep);
    if (step.isEmpty()) {
      return false;
    }
    lastUsedStep = step.getAsLong();
    if (confirmedAt == null) {
      confirmedAt = now;
    }
    return true;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  long getAccountId() {
    return accountId;
  }

  String getSealedSecret() {
    return sealedSecret;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }
}
