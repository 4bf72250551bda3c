package com.pullsafe.web;

import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.html.HtmlOutputLabel;
import java.util.Iterator;
import java.util.Optional;

/**
 * The question a page asks for an input, as its label shows it: the input's {@code label}
 * attribute, else the text of the {@code outputLabel} pointing to it, else a check box's own label.
 * Messages about an input name it by these words, never by the field's name in the API.
 */
public final class FieldLabels {

  private FieldLabels() {}

  /** The label of {@code input}, when the page gives it one. */
  public static Optional<String> of(UIComponent input) {
    return text(input.getAttributes().get("label"))
        .or(() -> outputLabelFor(input))
        .or(
            () ->
                input instanceof UISelectBoolean
                    ? text(input.getAttributes().get("itemLabel"))
                    : Optional.empty());
  }

  private static Optional<String> outputLabelFor(UIComponent input) {
    UIComponent container = namingContainerOf(input);
    return container == null ? Optional.empty() : find(container, input);
  }

  private static Optional<String> find(UIComponent within, UIComponent input) {
    Iterator<UIComponent> kids = within.getFacetsAndChildren();
    while (kids.hasNext()) {
      UIComponent kid = kids.next();
      if (kid instanceof HtmlOutputLabel label
          && input.getId().equals(label.getFor())
          && namingContainerOf(label) == namingContainerOf(input)) {
        Optional<String> text = text(label.getValue());
        if (text.isPresent()) {
          return text;
        }
      }
      Optional<String> deeper = find(kid, input);
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }

  private static UIComponent namingContainerOf(UIComponent component) {
    UIComponent parent = component.getParent();
    while (parent != null && !(parent instanceof NamingContainer)) {
      parent = parent.getParent();
    }
    return parent;
  }

  private static Optional<String> text(Object value) {
    return value == null || value.toString().isBlank()
        ? Optional.empty()
        : Optional.of(value.toString().strip());
  }
}
