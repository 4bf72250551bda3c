package com.pullsafe.web;

import com.pullsafe.reminders.ReminderSubscriptions;
import com.pullsafe.reminders.UnsubscribeSecret;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs {@code /unsubscribe.xhtml}, where the link in a reminder leads: one button stops the
 * athlete's reminders, without signing in. The page asks first rather than acting on opening, so
 * that a mail scanner that follows links stops nothing.
 */
@Named
@ViewScoped
public class UnsubscribeBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReminderSubscriptions subscriptions;

  private String token;
  private boolean linkValid;
  private boolean done;

  public void load() {
    linkValid = UnsubscribeSecret.looksLikeOne(token);
  }

  public void stop() {
    done = subscriptions.unsubscribe(token);
    linkValid = done;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isLinkValid() {
    return linkValid;
  }

  public boolean isDone() {
    return done;
  }
}
