package com.pullsafe.web;

import com.pullsafe.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * Messages for the pages: a service's field errors next to the matching inputs, everything else in
 * the global messages of the template.
 */
@ApplicationScoped
public class Feedback {

  /**
   * Shows each field error of {@code refused} next to the input mapped to its field (service field
   * name to the input's client id), unmapped ones globally, and marks the inputs invalid.
   */
  public void fieldErrors(InvalidInput refused, Map<String, String> clientIds) {
    fieldErrors(refused.errors(), clientIds);
  }

  /** As {@link #fieldErrors(InvalidInput, Map)}, for field errors of another refusal. */
  public void fieldErrors(List<InvalidInput.FieldError> errors, Map<String, String> clientIds) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (InvalidInput.FieldError error : errors) {
      String clientId = clientIds.get(error.field());
      if (clientId == null) {
        faces.addMessage(
            null, message(FacesMessage.SEVERITY_ERROR, error.field() + " " + error.message()));
        continue;
      }
      faces.addMessage(clientId, message(FacesMessage.SEVERITY_ERROR, error.message()));
      UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
      if (input instanceof UIInput field) {
        field.setValid(false);
      }
    }
    faces.validationFailed();
  }

  /** A message next to one input. */
  public void fieldError(String clientId, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, message(FacesMessage.SEVERITY_ERROR, text));
    faces.validationFailed();
  }

  public void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, message(FacesMessage.SEVERITY_ERROR, text));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, message(FacesMessage.SEVERITY_INFO, text));
  }

  /** An info message that survives the redirect that follows. */
  public void infoAfterRedirect(String text) {
    info(text);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static FacesMessage message(FacesMessage.Severity severity, String text) {
    return new FacesMessage(severity, text, null);
  }
}
