package com.pullsafe.web.account;

import com.pullsafe.identity.PasswordChangeService;
import com.pullsafe.identity.SessionStanding;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /account/profile.xhtml}, every role's profile: the account and a password change,
 * which revokes the user's tokens and ends their other sessions while this one stays signed in.
 */
@Named
@RequestScoped
public class ProfileBean {

  private static final Form FORM =
      Form.of("password").input("currentPassword", "current").input("newPassword", "new");

  @Inject private PasswordChangeService passwords;
  @Inject private SessionStanding sessionStanding;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  public void changePassword() {
    if (newPassword != null && !newPassword.equals(repeatPassword)) {
      feedback.fieldError("password:repeat", texts.get("profile.password.mismatch"));
      return;
    }
    feedback.submit(
        FORM,
        () -> {
          passwords.change(currentPassword, newPassword);
          sessionStanding.renewAfterPasswordChange();
          feedback.doneThenShow(texts.get("profile.password.changed"), TokensBean.PAGE);
        });
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
