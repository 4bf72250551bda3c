package com.pullsafe.web;

import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Messages for the pages: a service's field errors next to the matching inputs, everything else in
 * the global messages of the template.
 */
@ApplicationScoped
public class Feedback {

  /**
   * Runs the action of {@code form}; when a service refuses it, the field errors are shown next to
   * the form's inputs (a field without an input of its own globally) and the page stays as typed; a
   * conflict that is not about a field is shown globally.
   */
  public void submit(Form form, Runnable action) {
    try {
      action.run();
    } catch (InvalidInput refused) {
      fieldErrors(refused.errors(), form::clientId, true);
    } catch (Conflict refused) {
      if (refused.errors().isEmpty()) {
        error(refused.getMessage());
      } else {
        fieldErrors(refused.errors(), form::clientId, true);
      }
    }
  }

  /** As {@link #submit}'s field errors, for inputs named by a map (service field to client id). */
  public void fieldErrors(InvalidInput refused, Map<String, String> clientIds) {
    fieldErrors(refused.errors(), clientIds::get, false);
  }

  /** As {@link #fieldErrors(InvalidInput, Map)}, for field errors of another refusal. */
  public void fieldErrors(List<InvalidInput.FieldError> errors, Map<String, String> clientIds) {
    fieldErrors(errors, clientIds::get, false);
  }

  /**
   * Shows each error next to its input; by convention ({@code byConvention}) only where the page
   * has that input, else (a named input may sit in a table row) wherever it is named.
   */
  private void fieldErrors(
      List<InvalidInput.FieldError> errors,
      Function<String, String> clientIdOf,
      boolean byConvention) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (InvalidInput.FieldError error : errors) {
      String clientId = clientIdOf.apply(error.field());
      UIComponent input =
          clientId == null ? null : faces.getViewRoot().findComponent(":" + clientId);
      if (clientId == null || (byConvention && input == null)) {
        faces.addMessage(
            null, message(FacesMessage.SEVERITY_ERROR, error.field() + " " + error.message()));
        continue;
      }
      faces.addMessage(clientId, message(FacesMessage.SEVERITY_ERROR, error.message()));
      if (input instanceof UIInput field) {
        keepShown(faces, field);
        field.setValid(false);
      }
    }
    faces.validationFailed();
  }

  /**
   * Renders the refused value again: PrimeFaces renders an invalid input without a submitted value
   * as empty, which would erase what the user typed.
   */
  private static void keepShown(FacesContext faces, UIInput field) {
    Object value = field.getValue();
    if (field.getSubmittedValue() != null || value == null) {
      return;
    }
    Converter<Object> converter = converterOf(faces, field, value);
    field.setSubmittedValue(
        converter == null ? value.toString() : converter.getAsString(faces, field, value));
  }

  @SuppressWarnings("unchecked")
  private static Converter<Object> converterOf(FacesContext faces, UIInput field, Object value) {
    Converter<?> converter = field.getConverter();
    if (converter == null && !(value instanceof String)) {
      converter = faces.getApplication().createConverter(value.getClass());
    }
    return (Converter<Object>) converter;
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

  /**
   * Post-redirect-get after something was created: the message survives, and the browser then shows
   * {@code pathAndQuery} by a plain GET, so reloading the page cannot create it twice.
   */
  public void doneThenShow(String text, String pathAndQuery) {
    infoAfterRedirect(text);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + pathAndQuery);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FacesMessage message(FacesMessage.Severity severity, String text) {
    return new FacesMessage(severity, text, null);
  }
}
