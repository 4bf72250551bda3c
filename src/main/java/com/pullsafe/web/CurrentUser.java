package com.pullsafe.web;

import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.MeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The signed-in user for the page header and navigation; signs out too. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @Inject private AccountService accounts;
  @Inject private ExternalContext external;

  private MeView me;

  public boolean isSignedIn() {
    return external.getUserPrincipal() != null;
  }

  public MeView getMe() {
    if (me == null && isSignedIn()) {
      me = accounts.me();
    }
    return me;
  }

  public boolean hasRole(String role) {
    return securityContext.isCallerInRole(role);
  }

  public void logout() throws IOException, ServletException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
