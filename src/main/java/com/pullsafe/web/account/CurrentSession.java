package com.pullsafe.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page session of the signed-in user. A password change ends every session begun before it; the
 * session that made the change is renewed so that it stays signed in, with a new id as after a
 * sign-in.
 */
@RequestScoped
public class CurrentSession {

  @Inject private HttpServletRequest request;

  /** Call after the password change is committed. */
  public void renewAfterPasswordChange() {
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
    }
  }
}
