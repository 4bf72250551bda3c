package com.pullsafe.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.pullsafe.identity.PullSafeAuthenticationMechanism;
import com.pullsafe.identity.SignInResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Backs {@code /login.xhtml}: signs in with e-mail and password, then opens the role's start page,
 * or the second step's page when the account uses (or must set up) two-factor sign-in.
 */
@Named
@RequestScoped
public class LoginBean {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private Texts texts;
  @Inject private StartPage startPage;

  private String email;
  private String password;

  /** Sends an already signed-in visitor straight to their start page. */
  public void redirectIfSignedIn() throws IOException {
    if (faces.getExternalContext().getUserPrincipal() != null) {
      openStartPage();
    }
  }

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> openStartPage();
      default -> refuse(request);
    }
  }

  private void refuse(HttpServletRequest request) {
    String summary = refusal(request);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    password = null;
  }

  private String refusal(HttpServletRequest request) {
    if (!(request.getAttribute(PullSafeAuthenticationMechanism.REFUSED_SIGN_IN)
        instanceof SignInResult refused)) {
      return texts.get("login.failed");
    }
    long seconds = refused.retryAfterSeconds();
    return switch (refused.outcome()) {
      case THROTTLED ->
          seconds < 120
              ? texts.get("login.throttledSeconds", seconds)
              : texts.get("login.throttledMinutes", (seconds + 59) / 60);
      case BUSY -> texts.get("login.busy", seconds);
      case TENANT_SUSPENDED -> texts.get("login.suspended");
      default -> texts.get("login.failed");
    };
  }

  /** Why the previous session ended, when the login page was opened because it did. */
  public String getEndedMessage() {
    String reason =
        faces
            .getExternalContext()
            .getRequestParameterMap()
            .get(PullSafeAuthenticationMechanism.ENDED_PARAMETER);
    if ("suspended".equals(reason)) {
      return texts.get("login.suspended");
    }
    return "ended".equals(reason) ? texts.get("login.sessionEnded") : null;
  }

  private void openStartPage() throws IOException {
    startPage.open(faces);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
