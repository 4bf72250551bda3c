package com.pullsafe.web.account;

import com.pullsafe.privacy.AthleteData;
import com.pullsafe.privacy.AthleteDataService;
import com.pullsafe.privacy.AthleteErasureService;
import com.pullsafe.shared.NotFound;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Data rights on the pages: the athlete downloads their data from their profile, the tenant admin
 * an athlete's data from the athlete's page, where they also erase the athlete after typing the
 * athlete's name as confirmation.
 */
@Named
@RequestScoped
public class DataRightsBean {

  static final String ATHLETES_PAGE = "/coach/athletes.xhtml";

  @Inject private AthleteDataService data;
  @Inject private AthleteErasureService erasure;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private String confirmName;

  public StreamedContent getMyJson() {
    return json(data.ownData());
  }

  public StreamedContent getMyZip() {
    return zip(data.ownData());
  }

  public StreamedContent json(long athleteId) {
    return json(data.athleteData(athleteId));
  }

  public StreamedContent zip(long athleteId) {
    return zip(data.athleteData(athleteId));
  }

  /** Erases the athlete when the typed name is theirs; otherwise says so next to the field. */
  public void erase(long athleteId, String displayName) {
    if (confirmName == null || !confirmName.strip().equals(displayName)) {
      feedback.fieldError("erase:confirmName", texts.get("erase.nameMismatch"));
      return;
    }
    try {
      erasure.erase(athleteId);
      feedback.doneThenShow(texts.get("erase.done", displayName), ATHLETES_PAGE);
    } catch (NotFound gone) {
      feedback.error(texts.get("erase.gone"));
    }
  }

  private static StreamedContent json(AthleteData export) {
    byte[] bytes = export.json().toString().getBytes(StandardCharsets.UTF_8);
    return file(export, "json", "application/json", bytes);
  }

  private static StreamedContent zip(AthleteData export) {
    return file(export, "zip", "application/zip", export.csvZip());
  }

  private static StreamedContent file(
      AthleteData export, String extension, String type, byte[] bytes) {
    return DefaultStreamedContent.builder()
        .name("pullsafe-athlete-" + export.athleteId() + "-data." + extension)
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public String getConfirmName() {
    return confirmName;
  }

  public void setConfirmName(String confirmName) {
    this.confirmName = confirmName;
  }
}
