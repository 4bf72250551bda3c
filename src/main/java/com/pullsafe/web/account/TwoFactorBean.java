package com.pullsafe.web.account;

import com.pullsafe.identity.TotpSetup;
import com.pullsafe.identity.TwoFactorService;
import com.pullsafe.identity.TwoFactorStatus;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.Formats;
import com.pullsafe.web.QrImage;
import com.pullsafe.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs the two-factor section of {@code /account/profile.xhtml}: set up an authenticator (QR code
 * and key, confirmed by its first code), then see the recovery codes once; with one set up, new
 * recovery codes or turning it off, each after a current code. Keeps the set-up in progress across
 * the section's ajax requests.
 */
@Named
@ViewScoped
public class TwoFactorBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Form FORM = Form.of("twoFactor").input(TwoFactorService.CODE_FIELD, "code");

  @Inject private TwoFactorService twoFactor;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private Formats formats;

  private TwoFactorStatus status;
  private TotpSetup setup;
  private List<String> recoveryCodes;
  private String code;

  public void begin() {
    feedback.submit(FORM, () -> setup = twoFactor.beginSetup());
  }

  public void confirm() {
    feedback.submit(
        FORM,
        () -> {
          recoveryCodes = twoFactor.confirmSetup(code);
          setup = null;
          status = null;
          code = null;
          feedback.info(texts.get("profile.twoFactor.enrolled"));
        });
  }

  public void cancel() {
    setup = null;
    code = null;
  }

  public void newRecoveryCodes() {
    feedback.submit(
        FORM,
        () -> {
          recoveryCodes = twoFactor.newRecoveryCodes(code);
          status = null;
          code = null;
          feedback.info(texts.get("profile.twoFactor.newCodesMade"));
        });
  }

  public void disable() {
    feedback.submit(
        FORM,
        () -> {
          twoFactor.disable(code);
          status = null;
          code = null;
          recoveryCodes = null;
          feedback.info(texts.get("profile.twoFactor.disabled"));
        });
  }

  public TwoFactorStatus getStatus() {
    if (status == null) {
      status = twoFactor.status();
    }
    return status;
  }

  /** "On since …, n unused recovery codes." or "Off." */
  public String getSummary() {
    TwoFactorStatus current = getStatus();
    return current.enrolled()
        ? texts.get(
            "profile.twoFactor.on",
            formats.date(current.enrolledAt()),
            Long.toString(current.recoveryCodesLeft()))
        : texts.get("profile.twoFactor.off");
  }

  public TotpSetup getSetup() {
    return setup;
  }

  public String getQrCode() {
    return setup == null ? null : QrImage.dataUri(setup.uri());
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
