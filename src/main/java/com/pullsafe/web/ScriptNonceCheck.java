package com.pullsafe.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Refuses a postback whose script nonce does not belong to its view before anything of it is
 * applied, as a stale form: the browser gets a fresh copy of the page (see {@link
 * PageExceptionHandlerFactory}).
 *
 * <p>With {@code primefaces.CSP}, PrimeFaces' script puts the page's nonce into every form, and
 * PrimeFaces checks it only when it renders the answer, after the action has run: a postback
 * without it (a client without JavaScript, a scanner, a forged form) would have been carried out
 * and then answered with a server error. The rule is PrimeFaces' own: the nonce the view was
 * rendered with, or, for a view that has none, a well-formed one.
 */
public class ScriptNonceCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** The form field PrimeFaces' script fills in. */
  static final String NONCE_FIELD = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (view == null
        || faces.getResponseComplete()
        || !faces.isPostback()
        || isAlreadyRefused(faces)) {
      return;
    }
    Map<String, Object> viewMap = view.getViewMap(false);
    Object expected = viewMap == null ? null : viewMap.get(NONCE_FIELD);
    String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE_FIELD);
    boolean belongs = expected != null ? expected.equals(sent) : isWellFormed(sent);
    if (!belongs) {
      throw new ViewExpiredException(
          "The form's script nonce does not belong to its view", view.getViewId());
    }
  }

  /** A view that could not be restored (expired, forged) is already on its way to a fresh copy. */
  private static boolean isAlreadyRefused(FacesContext faces) {
    return faces.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext();
  }

  /** PrimeFaces' nonces are a random UUID in Base64. */
  static boolean isWellFormed(String nonce) {
    if (nonce == null || nonce.isEmpty() || nonce.length() > 64) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException notANonce) {
      return false;
    }
  }
}
