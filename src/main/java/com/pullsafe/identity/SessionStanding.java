package com.pullsafe.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/**
 * Whether a page session still stands: its account is active, its tenant is not suspended, and it
 * began at or after the account's last change of credentials. Checked once per request.
 *
 * <p>A password change ends every session begun before it; the session in which the user changed it
 * calls {@link #renewAfterPasswordChange} to stay signed in.
 */
@ApplicationScoped
public class SessionStanding {

  private static final String VERDICT = SessionStanding.class.getName() + ".verdict";

  /** What the check found. */
  public enum Verdict {
    STANDS,
    /** The tenant is suspended. */
    TENANT_SUSPENDED,
    /** The account is deactivated or gone, or its credentials changed after the session began. */
    ENDED
  }

  @Inject private AccountStanding accounts;
  @Inject private HttpServletRequest currentRequest;

  Verdict check(HttpServletRequest request, SignedInSession session) {
    if (request.getAttribute(VERDICT) instanceof Verdict known) {
      return known;
    }
    Verdict verdict =
        accounts
            .of(session.accountId())
            .map(standing -> standing.verdictFor(session.signedInAt()))
            .orElse(Verdict.ENDED);
    request.setAttribute(VERDICT, verdict);
    return verdict;
  }

  /**
   * Keeps the current page session signed in after its user changed their password (which ends
   * every session begun before the change): call it after the change is committed. The session gets
   * a new id too, as after a sign-in. Does nothing outside a signed-in page session.
   */
  public void renewAfterPasswordChange() {
    HttpSession session = currentRequest.getSession(false);
    if (session != null
        && session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signedIn) {
      currentRequest.changeSessionId();
      session.setAttribute(SignedInSession.ATTRIBUTE, signedIn.renewedAt(Instant.now()));
      currentRequest.removeAttribute(VERDICT);
    }
  }
}
