package com.pullsafe.web;

import com.pullsafe.identity.PasswordResetService;
import com.pullsafe.identity.ResetThrottled;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Backs {@code /password/forgot.xhtml}: asks for a reset link. The page answers alike whether or
 * not the address has an account (the service decides, and mails after the answer).
 */
@Named
@RequestScoped
public class ForgotPasswordBean {

  static final String PAGE = "/password/forgot.xhtml";

  private static final Form FORM = Form.of("forgot").input("email", "email");

  @Inject private PasswordResetService resets;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private FacesContext faces;

  private String email;

  public void request() {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      feedback.submit(
          FORM,
          () -> {
            resets.request(email, request.getRemoteAddr());
            feedback.doneThenShow(texts.get("forgot.sent"), PAGE + "?sent=true");
          });
    } catch (ResetThrottled throttled) {
      feedback.error(texts.get("forgot.throttled", (throttled.retryAfterSeconds() + 59) / 60));
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
