package com.pullsafe.web.tenantadmin;

import com.pullsafe.settings.SettingsView;
import com.pullsafe.settings.TenantSettingsService;
import com.pullsafe.shared.Violations;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.FormNumbers;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;

/**
 * Backs {@code /admin/settings.xhtml}: the tenant's progression cap, plate increment, walking
 * target; whether coaches and admins must use two-factor sign-in. Values are kept as typed, so a
 * refused one stays in its field.
 */
@Named
@RequestScoped
public class SettingsBean {

  private static final Form FORM =
      Form.of("settings")
          .input("progressionCapPercent", "cap")
          .input("plateIncrementKg", "plate")
          .input("walkingTargetMinutes", "walking");

  @Inject private TenantSettingsService settings;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private Validator validator;

  private String progressionCapPercent;
  private String plateIncrementKg;
  private String walkingTargetMinutes;
  private boolean requireTwoFactor;

  public void load() {
    SettingsView current = settings.current();
    progressionCapPercent = FormNumbers.shown(current.progressionCapPercent());
    plateIncrementKg = FormNumbers.shown(current.plateIncrementKg());
    walkingTargetMinutes = FormNumbers.shown(current.walkingTargetMinutes());
    requireTwoFactor = settings.twoFactorRequired();
  }

  /** Whether coaches and admins must use two-factor sign-in. */
  public void saveSecurity() {
    feedback.submit(
        Form.of("security"),
        () -> {
          settings.requireTwoFactor(requireTwoFactor);
          feedback.info(texts.get("settings.saved"));
        });
  }

  public boolean isRequireTwoFactor() {
    return requireTwoFactor;
  }

  public void setRequireTwoFactor(boolean requireTwoFactor) {
    this.requireTwoFactor = requireTwoFactor;
  }

  public void save() {
    feedback.submit(
        FORM,
        () -> {
          FormNumbers numbers = new FormNumbers(texts);
          SettingsView change =
              new SettingsView(
                  numbers.decimal("progressionCapPercent", progressionCapPercent),
                  numbers.decimal("plateIncrementKg", plateIncrementKg),
                  numbers.whole("walkingTargetMinutes", walkingTargetMinutes));
          numbers.orThrow(() -> Violations.requireValid(validator, change));
          settings.change(change);
          feedback.info(texts.get("settings.saved"));
        });
  }

  public String getProgressionCapPercent() {
    return progressionCapPercent;
  }

  public void setProgressionCapPercent(String progressionCapPercent) {
    this.progressionCapPercent = progressionCapPercent;
  }

  public String getPlateIncrementKg() {
    return plateIncrementKg;
  }

  public void setPlateIncrementKg(String plateIncrementKg) {
    this.plateIncrementKg = plateIncrementKg;
  }

  public String getWalkingTargetMinutes() {
    return walkingTargetMinutes;
  }

  public void setWalkingTargetMinutes(String walkingTargetMinutes) {
    this.walkingTargetMinutes = walkingTargetMinutes;
  }
}
