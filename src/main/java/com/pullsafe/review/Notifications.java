package com.pullsafe.review;

import com.pullsafe.identity.Role;
import com.pullsafe.platform.NotFound;
import com.pullsafe.roster.AthleteAccess;
import com.pullsafe.roster.Coach;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** A coach's in-app notifications about RED and URGENT reports, newest first. */
@Stateless
@RolesAllowed(Role.COACH_NAME)
public class Notifications {

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AthleteAccess access;

  public List<NotificationView> mine(int page, int size) {
    return em.createNamedQuery("Notification.findByCoach", Notification.class)
        .setParameter("coachId", callerCoachId())
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultStream()
        .map(Notification::view)
        .toList();
  }

  /** The alerts still to act on, newest first: a review of the report marks its alerts read. */
  public List<NotificationView> unread(int size) {
    return em.createNamedQuery("Notification.findUnreadByCoach", Notification.class)
        .setParameter("coachId", callerCoachId())
        .setMaxResults(size)
        .getResultStream()
        .map(Notification::view)
        .toList();
  }

  public long unreadCount() {
    return em.createNamedQuery("Notification.countUnreadByCoach", Long.class)
        .setParameter("coachId", callerCoachId())
        .getSingleResult();
  }

  public void markRead(long notificationId) {
    Notification n = em.find(Notification.class, notificationId);
    if (n == null || !n.getCoach().getId().equals(callerCoachId())) {
      throw new NotFound("Notification");
    }
    n.markRead(Instant.now());
  }

  private long callerCoachId() {
    return access.callerCoach().map(Coach::getId).orElse(-1L);
  }
}
