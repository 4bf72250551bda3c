package com.pullsafe.alerts;

import com.pullsafe.identity.Role;
import com.pullsafe.identity.TenantAccounts;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.reports.CoachAlert;
import com.pullsafe.review.ReportActedOn;
import com.pullsafe.roster.Athlete;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tells whoever looks after the athlete about a RED or URGENT report (domain brief, "Who is
 * alerted"): the athlete's coach, or, when the athlete has none, every tenant admin of the tenant.
 * The in-app notifications are stored inside the report's transaction (so they exist exactly when
 * the report does); the e-mails are handed off only after that transaction commits (STYLE: side
 * effects after commit), and asynchronously, so a slow or dead mail server never blocks or loses a
 * report.
 */
@ApplicationScoped
public class CoachAlerts {

  private static final Logger LOG = Logger.getLogger(CoachAlerts.class.getName());

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @Inject private AlertMail mail;
  @Inject private TenantAccounts tenantAccounts;
  @Inject private Event<AlertsStored> stored;

  void store(@Observes CoachAlert alert) {
    Athlete athlete = em.find(Athlete.class, alert.athleteId());
    List<UserAccount> recipients = recipientsFor(athlete, alert.tenantId());
    if (recipients.isEmpty()) {
      LOG.warning(
          () ->
              "Report "
                  + alert.reportId()
                  + " is "
                  + alert.level()
                  + " but its tenant has neither an active coach for the athlete nor an active admin");
      return;
    }
    Instant now = Instant.now();
    List<Notification> made =
        recipients.stream()
            .map(
                recipient ->
                    new Notification(
                        recipient,
                        alert.reportId(),
                        athlete.getDisplayName(),
                        alert.week(),
                        alert.level(),
                        now))
            .toList();
    made.forEach(em::persist);
    em.flush();
    stored.fire(
        new AlertsStored(alert.tenantId(), made.stream().map(Notification::getId).toList()));
  }

  void closeAlerts(@Observes ReportActedOn acted) {
    em.createNamedQuery("Notification.findByReport", Notification.class)
        .setParameter("reportId", acted.reportId())
        .getResultList()
        .forEach(n -> n.markRead(acted.at()));
  }

  void mailAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsStored alerts) {
    alerts.notificationIds().forEach(id -> mail.sendLater(alerts.tenantId(), id));
  }

  /**
   * The athlete's coach as they are now; without one, or while that coach is deactivated, the
   * tenant's active admins, so an alert never goes only to someone who cannot sign in.
   */
  private List<UserAccount> recipientsFor(Athlete athlete, long tenantId) {
    if (athlete.getCoach() != null && athlete.getCoach().getAccount().isActive()) {
      return List.of(athlete.getCoach().getAccount());
    }
    return tenantAccounts.activeWithRole(tenantId, Role.TENANT_ADMIN);
  }
}
