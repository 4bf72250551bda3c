package com.pullsafe.web;

import com.pullsafe.shared.StorableText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Refuses text PostgreSQL cannot store (U+0000, a lone surrogate; see {@link StorableText}) in
 * every input of every page, with a message next to the field, before any backing bean sees it: a
 * default validator, so no form can forget it. View parameters are left to their pages, which
 * answer "not found" for an id that is not one (a failed view parameter would skip the page's
 * loading and render it empty).
 */
@FacesValidator(value = "pullsafe.StorableInput", isDefault = true)
public class StorableInput implements Validator<Object> {

  @Override
  public void validate(FacesContext faces, UIComponent component, Object value) {
    if (component instanceof UIViewParameter
        || !(value instanceof String text)
        || StorableText.isStorable(text)) {
      return;
    }
    String message =
        faces.getApplication().getResourceBundle(faces, "msg").getString("field.unstorable");
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }
}
