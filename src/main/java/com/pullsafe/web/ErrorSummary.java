package com.pullsafe.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The top of a refused form: how many answers need attention, each a link to its input (the
 * template's error summary; {@code pullsafe.js} moves the focus there and, from a link, to the
 * input). Only messages next to inputs count; the global ones show in the template's messages.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** One answer that needs attention: the input's client id and its message. */
  public record Entry(String clientId, String text) {

    /** The link to the input. */
    public String href() {
      return "#" + clientId;
    }
  }

  @Inject private Texts texts;

  /** The inputs' error messages, in the order their inputs stand on the page. */
  public List<Entry> getEntries() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<String> withMessages = new ArrayList<>();
    faces.getClientIdsWithMessages().forEachRemaining(withMessages::add);
    withMessages.remove(null);
    List<Entry> entries = new ArrayList<>();
    for (String clientId : inPageOrder(faces, withMessages)) {
      for (FacesMessage message : faces.getMessageList(clientId)) {
        if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          entries.add(new Entry(clientId, message.getDetail()));
        }
      }
    }
    return entries;
  }

  /**
   * The client ids in the order of their components in the view (the order messages were added
   * follows the checks, not the form); ids not found in the view keep their place at the end.
   */
  private static List<String> inPageOrder(FacesContext faces, List<String> clientIds) {
    if (clientIds.size() < 2) {
      return clientIds;
    }
    Set<String> wanted = new HashSet<>(clientIds);
    List<String> ordered = new ArrayList<>();
    faces
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(faces, wanted, Set.of(VisitHint.SKIP_ITERATION)),
            (context, component) -> {
              ordered.add(component.getClientId(faces));
              return VisitResult.ACCEPT;
            });
    clientIds.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
    return ordered;
  }

  /** "1 answer needs attention", "3 answers need attention". */
  public String getTitle() {
    return texts.get("errors.summary.title", getEntries().size());
  }
}
