package com.pullsafe.review;

import com.pullsafe.reports.CoachAlert;
import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.Coach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Tells the coach about a RED or URGENT report: the in-app notification is stored inside the
 * report's transaction (so it exists exactly when the report does); the e-mail is handed off only
 * after that transaction commits (STYLE: side effects after commit), and asynchronously, so a slow
 * or dead mail server never blocks or loses a report.
 */
@ApplicationScoped
public class CoachAlerts {

  private static final Logger LOG = Logger.getLogger(CoachAlerts.class.getName());

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AlertMail mail;

  void store(@Observes CoachAlert alert) {
    if (alert.coachId() == null) {
      LOG.warning(
          () ->
              "Report "
                  + alert.reportId()
                  + " is "
                  + alert.level()
                  + " but its athlete has no coach");
      return;
    }
    Coach coach = em.find(Coach.class, alert.coachId());
    Athlete athlete = em.find(Athlete.class, alert.athleteId());
    em.persist(
        new Notification(
            coach,
            alert.reportId(),
            athlete.getDisplayName(),
            alert.week(),
            alert.level(),
            Instant.now()));
  }

  void mailAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoachAlert alert) {
    if (alert.coachId() != null) {
      mail.sendLater(alert.tenantId(), alert.reportId());
    }
  }
}
