package com.pullsafe.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The try of an e-mail that is under way: taken in a short transaction before the send, so that no
 * row lock or database connection is held while the mail server answers, and so that two tries (the
 * first send and a retry, on this node or another) never send the same mail at once. It is a lease:
 * a node that dies mid-try loses the claim when the lease runs out, and the mail is tried again.
 */
@Embeddable
public class MailClaim implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Far longer than a try can take with the mail session's timeouts. */
  public static final Duration LEASE = Duration.ofMinutes(5);

  @Column(name = "mail_claimed_until")
  private Instant claimedUntil;

  @Column(name = "mail_claim_token", length = 36)
  private String token;

  /** Takes the claim, unless another try holds it; returns the claim's token. */
  public Optional<String> take(Instant now) {
    if (claimedUntil != null && claimedUntil.isAfter(now)) {
      return Optional.empty();
    }
    token = UUID.randomUUID().toString();
    claimedUntil = now.plus(LEASE);
    return Optional.of(token);
  }

  /**
   * Ends the claim that {@code claimToken} took; false when that claim was lost meanwhile (its
   * lease ran out and another try took it), whose outcome then is not this try's to record.
   */
  public boolean release(String claimToken) {
    if (!Objects.equals(token, claimToken)) {
      return false;
    }
    token = null;
    claimedUntil = null;
    return true;
  }
}
