package com.pullsafe.web.coach;

import com.pullsafe.alerts.NotificationService;
import com.pullsafe.alerts.NotificationView;
import com.pullsafe.identity.Role;
import com.pullsafe.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the notifications panel of {@code /coach/index.xhtml}: the latest alerts whose reports are
 * not reviewed yet, of a coach or of a tenant admin (about athletes without a coach).
 */
@Named
@RequestScoped
public class NotificationsBean {

  static final int SHOWN = 5;

  @Inject private NotificationService notifications;
  @Inject private CurrentUser currentUser;

  private List<NotificationView> latest;

  public List<NotificationView> getLatest() {
    if (latest == null) {
      latest =
          currentUser.hasRole(Role.COACH_NAME) || currentUser.hasRole(Role.TENANT_ADMIN_NAME)
              ? notifications.unread(SHOWN)
              : List.of();
    }
    return latest;
  }
}
