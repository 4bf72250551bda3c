package com.pullsafe.web;

import com.pullsafe.shared.DatabaseOutage;
import com.pullsafe.shared.NotFound;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Turns a service's {@link NotFound} into the not-found page (HTTP 404) and a refused call into the
 * forbidden page (403), so another tenant's or coach's object by URL never shows data; a database
 * that cannot be reached gives a static "briefly unavailable" page (503). In an ajax request the
 * page stays and says so in its messages.
 *
 * <p>A postback whose view state is stale or forged is not a server error: the browser is sent to a
 * fresh copy of the page (a redirect, also for ajax) with a message, and the server logs one short
 * line. Nothing of the refused postback is applied.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

  public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandlerFactory.class.getName());

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable cause = events.next().getContext().getException();
        if (isExpiredView(cause)) {
          events.remove();
          freshPage(FacesContext.getCurrentInstance());
          continue;
        }
        int status = statusOf(cause);
        if (status != 0) {
          events.remove();
          answer(FacesContext.getCurrentInstance(), status);
        }
      }
      getWrapped().handle();
    }

    private static boolean isExpiredView(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }

    /** Sends the browser to a fresh copy of the page it posted from, saying why. */
    private static void freshPage(FacesContext faces) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      String query = request.getQueryString();
      String target = request.getRequestURI() + (query == null ? "" : "?" + query);
      LOG.fine(() -> "Expired or unknown view state on " + request.getRequestURI());
      ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_WARN, texts.getString("expired.reloaded"), null));
      external.getFlash().setKeepMessages(true);
      try {
        if (!external.isResponseCommitted()) {
          external.redirect(target);
        }
        faces.responseComplete();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static int statusOf(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof NotFound) {
          return HttpServletResponse.SC_NOT_FOUND;
        }
        if (t instanceof EJBAccessException) {
          return HttpServletResponse.SC_FORBIDDEN;
        }
      }
      return DatabaseOutage.causedBy(thrown) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : 0;
    }

    private static void answer(FacesContext faces, int status) {
      ExternalContext external = faces.getExternalContext();
      if (faces.getPartialViewContext().isAjaxRequest()) {
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String key =
            switch (status) {
              case HttpServletResponse.SC_NOT_FOUND -> "notFound.text";
              case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> "unavailable.text";
              default -> "forbidden.text";
            };
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.getString(key), null));
        faces.validationFailed();
        return;
      }
      try {
        if (!external.isResponseCommitted()) {
          external.responseReset();
          if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            external.setResponseHeader(
                "Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
          }
          external.responseSendError(status, null);
        }
        faces.responseComplete();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
