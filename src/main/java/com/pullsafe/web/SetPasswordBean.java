package com.pullsafe.web;

import com.pullsafe.identity.PasswordLinkPurpose;
import com.pullsafe.identity.PasswordLinkView;
import com.pullsafe.identity.PasswordResetService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs {@code /password/set.xhtml}, where the link of an invitation or a reset leads: shows whose
 * password it sets, takes the new one twice and then sends the person to sign in. A link that no
 * longer works says so and offers a new one.
 */
@Named
@ViewScoped
public class SetPasswordBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Form FORM = Form.of("set").input("password", "password");

  @Inject private PasswordResetService resets;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private String token;
  private PasswordLinkView link;
  private String password;
  private String repeatPassword;

  /** Looks the link up as the page opens. */
  public void load() {
    link = resets.link(token).orElse(null);
  }

  public void save() {
    // A link used or expired since the page opened: the page says so instead of the form.
    link = resets.link(token).orElse(null);
    if (link == null) {
      return;
    }
    if (password != null && !password.equals(repeatPassword)) {
      feedback.fieldError("set:repeat", texts.get("profile.password.mismatch"));
      return;
    }
    feedback.submit(
        FORM,
        () -> {
          resets.complete(token, password);
          feedback.doneThenShow(texts.get("setPassword.done"), "/login.xhtml");
        });
  }

  /** Which heading and text the page shows: an invitation's or a reset's. */
  public boolean isInvitation() {
    return link != null && link.purpose() == PasswordLinkPurpose.INVITATION;
  }

  public PasswordLinkView getLink() {
    return link;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
