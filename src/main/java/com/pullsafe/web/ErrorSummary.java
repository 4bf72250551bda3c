package com.pullsafe.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

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

  /** The inputs' error messages, in the order the page added them. */
  public List<Entry> getEntries() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<Entry> entries = new ArrayList<>();
    Iterator<String> clientIds = faces.getClientIdsWithMessages();
    while (clientIds.hasNext()) {
      String clientId = clientIds.next();
      if (clientId == null) {
        continue;
      }
      for (FacesMessage message : faces.getMessageList(clientId)) {
        if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          entries.add(new Entry(clientId, message.getDetail()));
        }
      }
    }
    return entries;
  }

  /** "1 answer needs attention", "3 answers need attention". */
  public String getTitle() {
    return texts.get("errors.summary.title", getEntries().size());
  }
}
