package com.pullsafe.alerts;

import com.pullsafe.identity.Role;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.shared.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's in-app notifications about RED and URGENT reports, newest first: a coach's
 * about their athletes, a tenant admin's about athletes without a coach (domain brief, "Who is
 * alerted").
 */
@Stateless
@RolesAllowed({Role.COACH_NAME, Role.TENANT_ADMIN_NAME})
public class NotificationService {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;

  public List<NotificationView> mine(int page, int size) {
    return em.createNamedQuery("Notification.findByRecipient", Notification.class)
        .setParameter("email", access.callerEmail())
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultStream()
        .map(Notification::view)
        .toList();
  }

  /** The alerts still to act on, newest first: a review of the report marks its alerts read. */
  public List<NotificationView> unread(int size) {
    return em.createNamedQuery("Notification.findUnreadByRecipient", Notification.class)
        .setParameter("email", access.callerEmail())
        .setMaxResults(size)
        .getResultStream()
        .map(Notification::view)
        .toList();
  }

  public void markRead(long notificationId) {
    Notification n = em.find(Notification.class, notificationId);
    if (n == null || !n.getRecipient().getEmail().equals(access.callerEmail())) {
      throw new NotFound("Notification");
    }
    n.markRead(Instant.now());
  }
}
