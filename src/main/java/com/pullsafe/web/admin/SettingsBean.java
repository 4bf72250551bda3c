package com.pullsafe.web.admin;

import com.pullsafe.platform.Conflict;
import com.pullsafe.platform.InvalidInput;
import com.pullsafe.settings.SettingsView;
import com.pullsafe.settings.TenantSettingsService;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Backs {@code /admin/settings.xhtml}: the tenant's progression cap, plate increment, walking
 * target.
 */
@Named
@RequestScoped
public class SettingsBean {

  private static final Map<String, String> FIELDS =
      Map.of(
          "progressionCapPercent", "settings:cap",
          "plateIncrementKg", "settings:plate",
          "walkingTargetMinutes", "settings:walking");

  @Inject private TenantSettingsService settings;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private BigDecimal progressionCapPercent;
  private BigDecimal plateIncrementKg;
  private Integer walkingTargetMinutes;

  public void load() {
    SettingsView current = settings.current();
    progressionCapPercent = current.progressionCapPercent();
    plateIncrementKg = current.plateIncrementKg();
    walkingTargetMinutes = current.walkingTargetMinutes();
  }

  public void save() {
    try {
      settings.change(
          new SettingsView(progressionCapPercent, plateIncrementKg, walkingTargetMinutes));
      feedback.info(texts.get("settings.saved"));
    } catch (InvalidInput refused) {
      feedback.fieldErrors(refused, FIELDS);
    } catch (Conflict concurrent) {
      feedback.error(concurrent.getMessage());
    }
  }

  public BigDecimal getProgressionCapPercent() {
    return progressionCapPercent;
  }

  public void setProgressionCapPercent(BigDecimal progressionCapPercent) {
    this.progressionCapPercent = progressionCapPercent;
  }

  public BigDecimal getPlateIncrementKg() {
    return plateIncrementKg;
  }

  public void setPlateIncrementKg(BigDecimal plateIncrementKg) {
    this.plateIncrementKg = plateIncrementKg;
  }

  public Integer getWalkingTargetMinutes() {
    return walkingTargetMinutes;
  }

  public void setWalkingTargetMinutes(Integer walkingTargetMinutes) {
    this.walkingTargetMinutes = walkingTargetMinutes;
  }
}
