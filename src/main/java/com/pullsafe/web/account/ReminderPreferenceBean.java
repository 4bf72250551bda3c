package com.pullsafe.web.account;

import com.pullsafe.reminders.ReminderSubscriptions;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs the athlete's reminder choice on {@code /account/profile.xhtml}: weekly reminder e-mails on
 * or off (also how an athlete who unsubscribed by the link gets them again).
 */
@Named
@RequestScoped
public class ReminderPreferenceBean {

  @Inject private ReminderSubscriptions subscriptions;
  @Inject private Feedback feedback;
  @Inject private Texts texts;

  private Boolean wanted;

  public boolean isWanted() {
    if (wanted == null) {
      wanted = subscriptions.subscribed();
    }
    return wanted;
  }

  public void setWanted(boolean wanted) {
    this.wanted = wanted;
  }

  public void save() {
    subscriptions.subscribe(isWanted());
    feedback.info(texts.get(wanted ? "profile.reminders.on" : "profile.reminders.off"));
  }
}
