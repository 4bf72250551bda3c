package com.pullsafe.identity;

import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens (api-v1, "Authentication"): every user creates, lists and revokes their
 * own; {@link #verify} signs a request in with one. Verification is one indexed lookup of the
 * token's SHA-256, so the API's hot path spends no slow password hash.
 */
@Stateless
@RolesAllowed({
  Role.PLATFORM_ADMIN_NAME,
  Role.TENANT_ADMIN_NAME,
  Role.COACH_NAME,
  Role.ATHLETE_NAME
})
public class AccessTokens {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Resource private SessionContext session;

  /** Creates a token for the caller; the answer is the only time its secret is shown. */
  public IssuedToken create(String name) {
    new FieldChecks().required("name", name, AccessToken.NAME_MAX).orThrow();
    UserAccount caller =
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", callerEmail())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFound("Account"));
    String secret = TokenSecrets.generate();
    AccessToken token = new AccessToken(caller, name, secret);
    em.persist(token);
    em.flush();
    return new IssuedToken(token.getId(), token.getName(), secret);
  }

  /** The caller's tokens that still work, oldest first. */
  public List<TokenView> mine() {
    return em.createNamedQuery("AccessToken.findActiveByAccount", AccessToken.class)
        .setParameter("email", callerEmail())
        .getResultStream()
        .map(TokenView::of)
        .toList();
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

  /**
   * Who a token signs in, if anyone may: not a revoked token, and not a user of a suspended tenant
   * (as {@link Accounts#verify}).
   */
  @PermitAll
  public Optional<SignedInUser> verify(String token) {
    return Optional.ofNullable(check(token).user());
  }

  /** As {@link #verify}, telling a valid token of a suspended tenant's user apart. */
  @PermitAll
  public CredentialCheck check(String token) {
    if (!TokenSecrets.looksLikeToken(token)) {
      return CredentialCheck.invalid();
    }
    Optional<AccessToken> found =
        em.createNamedQuery("AccessToken.findByHash", AccessToken.class)
            .setParameter("hash", TokenSecrets.hash(token))
            .getResultStream()
            .findFirst()
            .filter(t -> !t.isRevoked());
    if (found.isEmpty()) {
      return CredentialCheck.invalid();
    }
    UserAccount user = found.get().getAccount();
    if (user.getTenant() != null && !user.getTenant().isActive()) {
      return CredentialCheck.suspended();
    }
    found.get().recordUse(Instant.now());
    return CredentialCheck.valid(new SignedInUser(user.getEmail(), user.getRole()));
  }

  private String callerEmail() {
    return session.getCallerPrincipal().getName();
  }
}
