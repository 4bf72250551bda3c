package com.pullsafe.web;

import com.pullsafe.shared.Conflict;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.Throttled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Messages for the pages: a service's field errors next to the matching inputs, named by the
 * inputs' labels, everything else in the global messages of the template.
 */
@ApplicationScoped
public class Feedback {

  @Inject private Texts texts;

  /**
   * Runs the action of {@code form}; when a service refuses it, the field errors are shown next to
   * the form's inputs (a field without an input of its own globally) and the page stays as typed; a
   * conflict that is not about a field is shown globally, or next to the input the form names for
   * it.
   */
  public void submit(Form form, Runnable action) {
    submit(form, action, () -> {});
  }

  /**
   * As {@link #submit(Form, Runnable)}; after a conflict that is not about a field (the stored
   * state changed meanwhile), {@code afterConflict} runs, to load that state again.
   */
  public void submit(Form form, Runnable action, Runnable afterConflict) {
    try {
      action.run();
    } catch (InvalidInput refused) {
      fieldErrors(refused.errors(), form);
    } catch (Throttled refused) {
      error(refused.getMessage());
    } catch (Conflict refused) {
      if (refused.errors().isEmpty()) {
        conflict(refused.getMessage(), form);
        afterConflict.run();
        return;
      }
      if (form.isConflictMessageShown()) {
        error(refused.getMessage());
      }
      fieldErrors(refused.errors(), form);
    }
  }

  private void conflict(String text, Form form) {
    form.conflictField()
        .ifPresentOrElse(field -> fieldError(form.clientId(field), text), () -> error(text));
  }

  /**
   * Shows each error next to its input where the page has that input (or, for an input in a
   * repeated row, in that row), else globally.
   */
  private void fieldErrors(List<InvalidInput.FieldError> errors, Form form) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (InvalidInput.FieldError error : errors) {
      String clientId = form.clientId(error.field());
      UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
      if (input == null && !form.inRow(error.field())) {
        faces.addMessage(
            null, message(FacesMessage.SEVERITY_ERROR, error.field() + " " + error.message()));
        continue;
      }
      UIComponent labelled = input != null ? input : rowTemplate(faces, clientId);
      faces.addMessage(
          clientId, message(FacesMessage.SEVERITY_ERROR, asked(labelled, error.message())));
      if (input instanceof UIInput field) {
        keepShown(faces, field);
        field.setValid(false);
      }
    }
    faces.validationFailed();
  }

  /**
   * The message as the page words it: after the question of {@code input} as its label asks it
   * ("Walking, minutes a day on average: is required"), so that it reads on its own in the error
   * summary and to a screen reader, and never names the field as the API does.
   */
  private String asked(UIComponent input, String text) {
    return Optional.ofNullable(input)
        .flatMap(FieldLabels::of)
        .map(label -> texts.get("field.message", label, text))
        .orElse(text);
  }

  /**
   * The input that a repeated row's input ({@code form:rows:3:sets}) stands for in the component
   * tree ({@code form:rows:sets}), for its label.
   */
  private static UIComponent rowTemplate(FacesContext faces, String clientId) {
    String template = clientId.replaceAll(":\\d+:", ":");
    if (template.equals(clientId)) {
      return null;
    }
    try {
      return faces.getViewRoot().findComponent(":" + template);
    } catch (IllegalArgumentException notAContainer) {
      return null;
    }
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
    UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
    faces.addMessage(clientId, message(FacesMessage.SEVERITY_ERROR, asked(input, text)));
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
    show(pathAndQuery);
  }

  /** Sends the browser to {@code pathAndQuery} of this application, by a plain GET. */
  public void show(String pathAndQuery) {
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
