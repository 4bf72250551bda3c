package com.pullsafe.identity;

import com.pullsafe.shared.NotFound;
import com.pullsafe.shared.Violations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens (api-v1, "Authentication"): every user creates (with an optional expiry),
 * lists and revokes their own; {@link #verify} signs a request in with one. Verification is one
 * indexed lookup of the token's SHA-256, so the API's hot path spends no slow password hash.
 */
@Stateless
@RolesAllowed({
  Role.PLATFORM_ADMIN_NAME,
  Role.TENANT_ADMIN_NAME,
  Role.COACH_NAME,
  Role.ATHLETE_NAME
})
public class AccessTokenService {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Resource private SessionContext session;
  @Inject private Validator validator;

  /**
   * Creates a token for the caller, working for {@code expiresInDays} days (null: until revoked);
   * the answer is the only time its secret is shown.
   */
  public IssuedToken create(String name, Integer expiresInDays) {
    Violations.requireValid(validator, new TokenRequest(name, expiresInDays));
    UserAccount caller =
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", callerEmail())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Account"));
    String secret = TokenSecrets.generate();
    Instant expiresAt =
        expiresInDays == null
            ? null
            : Instant.now().plus(Duration.ofDays(expiresInDays)).truncatedTo(ChronoUnit.SECONDS);
    AccessToken token = new AccessToken(caller, name, secret, expiresAt);
    em.persist(token);
    em.flush();
    return new IssuedToken(token.getId(), token.getName(), secret, token.getExpiresAt());
  }

  /** The caller's tokens that are not revoked, oldest first; expired ones say so. */
  public List<TokenView> mine() {
    Instant now = Instant.now();
    return unrevoked(callerEmail()).stream().map(t -> TokenView.of(t, now)).toList();
  }

  /** Revokes one of the caller's tokens; anyone else's (or a revoked one) is {@link NotFound}. */
  public void revoke(long tokenId) {
    em.createNamedQuery("AccessToken.findActiveByIdAndAccount", AccessToken.class)
        .setParameter("id", tokenId)
        .setParameter("email", callerEmail())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("Token"))
        .revoke(Instant.now());
  }

  /** Revokes every token of the caller, e.g. because their password changed. */
  public void revokeAllOfCaller(Instant now) {
    unrevoked(callerEmail()).forEach(token -> token.revoke(now));
  }

  private List<AccessToken> unrevoked(String email) {
    return em.createNamedQuery("AccessToken.findUnrevokedByAccount", AccessToken.class)
        .setParameter("email", email)
        .getResultList();
  }

  /**
   * Who a token signs in, if anyone may: not a token that is revoked, expired or older than its
   * account's last password change, not one of a deactivated account, and not one of a suspended
   * tenant's user (as {@link AccountService#verify}).
   */
  @PermitAll
  public Optional<SignedInUser> verify(String token) {
    return Optional.ofNullable(check(token).user());
  }

  /**
   * As {@link #verify}, telling a working token of a suspended tenant's user apart; every other
   * refusal is the same INVALID as an unknown token, so a stolen token reveals nothing.
   */
  @PermitAll
  public CredentialCheck check(String token) {
    if (!TokenSecrets.looksLikeToken(token)) {
      return CredentialCheck.invalid();
    }
    Instant now = Instant.now();
    Optional<AccessToken> found =
        em.createNamedQuery("AccessToken.findByHash", AccessToken.class)
            .setParameter("hash", TokenSecrets.hash(token))
            .getResultStream()
            .findFirst()
            .filter(t -> t.signsIn(now));
    if (found.isEmpty()) {
      return CredentialCheck.invalid();
    }
    UserAccount user = found.get().getAccount();
    if (user.getTenant() != null && !user.getTenant().isActive()) {
      return CredentialCheck.suspended();
    }
    found.get().recordUse(now);
    return CredentialCheck.valid(new SignedInUser(user.getEmail(), user.getRole()));
  }

  private String callerEmail() {
    return session.getCallerPrincipal().getName();
  }
}
