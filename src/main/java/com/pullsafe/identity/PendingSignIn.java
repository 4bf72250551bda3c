package com.pullsafe.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A page sign-in halfway: the password was right, the second factor is still due. Kept in the
 * session instead of the signed-in caller, so the session has no role until the second step.
 *
 * @param step what the user has to do: enter a code, or first set up an authenticator
 */
public record PendingSignIn(
    long accountId, String email, Set<String> groups, Step step, Instant passwordAt)
    implements Serializable {

  /** How long after the password the second step may be completed. */
  static final Duration VALID_FOR = Duration.ofMinutes(5);

  static final String ATTRIBUTE = "pullsafe.pendingSignIn";

  /** What is due after the password. */
  public enum Step {
    CODE,
    ENROL
  }

  /** The current session's pending sign-in, unless there is none or it is too old. */
  public static Optional<PendingSignIn> of(HttpServletRequest request, Instant now) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)
        || now.isAfter(pending.passwordAt.plus(VALID_FOR))) {
      return Optional.empty();
    }
    return Optional.of(pending);
  }
}
