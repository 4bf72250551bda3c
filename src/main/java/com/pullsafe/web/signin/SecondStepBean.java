package com.pullsafe.web.signin;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.pullsafe.identity.PendingSignIn;
import com.pullsafe.identity.PullSafeAuthenticationMechanism;
import com.pullsafe.identity.SecondFactorCredential;
import com.pullsafe.identity.SecondFactorResult;
import com.pullsafe.identity.SecondFactorSignIn;
import com.pullsafe.identity.TotpSetup;
import com.pullsafe.web.QrImage;
import com.pullsafe.web.StartPage;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Backs the second step of a page sign-in: {@code /login-code.xhtml} (a code of the authenticator
 * app or a recovery code) and {@code /login-enrol.xhtml} (a user who must use two-factor sign-in
 * sets up the app first, then sees the recovery codes once). Without a pending sign-in both pages
 * send the visitor back to the login page.
 */
@Named
@RequestScoped
public class SecondStepBean {

  static final String CODE_INPUT = "second:code";

  @Inject private SecurityContext securityContext;
  @Inject private SecondFactorSignIn secondFactor;
  @Inject private StartPage startPage;
  @Inject private Texts texts;
  @Inject private Clock clock;

  private TotpSetup setup;
  private List<String> recoveryCodes;
  private String code;

  /** The code page: there must be a sign-in waiting for its code. */
  public void loadCode() throws IOException {
    if (pending().filter(p -> p.step() == PendingSignIn.Step.CODE).isEmpty()) {
      backToLogin();
    }
  }

  /** The set-up page: a new secret for the app, shown until the first code confirms it. */
  public void loadEnrolment() throws IOException {
    Optional<PendingSignIn> pending = pending().filter(p -> p.step() == PendingSignIn.Step.ENROL);
    if (pending.isEmpty()) {
      backToLogin();
      return;
    }
    setup = secondFactor.beginSetup(pending.get());
  }

  public void verify() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    boolean settingUp = pending().map(p -> p.step() == PendingSignIn.Step.ENROL).orElse(false);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams().credential(new SecondFactorCredential(code)).newAuthentication(true));
    SecondFactorResult result =
        (SecondFactorResult)
            request.getAttribute(PullSafeAuthenticationMechanism.SECOND_FACTOR_RESULT);
    code = null;
    if (status == AuthenticationStatus.SUCCESS) {
      if (result.recoveryCodes().isEmpty()) {
        startPage.open(faces);
      } else {
        recoveryCodes = result.recoveryCodes();
      }
      return;
    }
    if (result == null || result.outcome() == SecondFactorResult.Outcome.EXPIRED) {
      backToLogin();
      return;
    }
    String text =
        result.outcome() == SecondFactorResult.Outcome.THROTTLED
            ? texts.get("secondFactor.throttled", result.retryAfterSeconds())
            : texts.get(settingUp ? "secondFactor.wrongSetup" : "secondFactor.wrong");
    faces.addMessage(CODE_INPUT, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  private Optional<PendingSignIn> pending() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return PendingSignIn.of((HttpServletRequest) external.getRequest(), clock.instant());
  }

  private static void backToLogin() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/login.xhtml?"
            + PullSafeAuthenticationMechanism.ENDED_PARAMETER
            + "=ended");
    faces.responseComplete();
  }

  /** Where "Continue" leads once the recovery codes are noted. */
  public String getStartPage() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + startPage.path();
  }

  /** The set-up begun when the page opened, shown again after a wrong code. */
  public TotpSetup getSetup() {
    if (setup == null && recoveryCodes == null) {
      setup = pending().flatMap(secondFactor::pendingSetup).orElse(null);
    }
    return setup;
  }

  public String getQrCode() {
    TotpSetup shown = getSetup();
    return shown == null ? null : QrImage.dataUri(shown.uri());
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
