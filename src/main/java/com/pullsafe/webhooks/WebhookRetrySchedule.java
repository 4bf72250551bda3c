package com.pullsafe.webhooks;

import com.pullsafe.shared.ClusterSchedule;
import com.pullsafe.shared.Config;
import com.pullsafe.shared.DatabaseOutage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Sends the deliveries that are due again every {@value #DEFAULT_INTERVAL_SECONDS} seconds, or as
 * often as {@value Config#WEBHOOK_RETRY_SECONDS} says; once per interval in a cluster ({@link
 * ClusterSchedule}). It starts after the migrations, so its first round, a second after a start in
 * tests, finds its table.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@PermitAll
public class WebhookRetrySchedule {

  static final long DEFAULT_INTERVAL_SECONDS = 30;
  static final String TASK = "webhook-retry";
  private static final Logger LOG = Logger.getLogger(WebhookRetrySchedule.class.getName());

  @Resource private TimerService timers;
  @Inject private WebhookSender sender;
  @Inject private ClusterSchedule schedule;

  @PostConstruct
  void schedule() {
    long millis = interval().toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig(TASK, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void retry() {
    try {
      if (schedule.claim(TASK, interval())) {
        sender.sendDue();
      }
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      LOG.warning("Webhooks not retried now: the database is unreachable; next in " + interval());
    }
  }

  static Duration interval() {
    return Duration.ofSeconds(
        Config.positiveNumber(Config.WEBHOOK_RETRY_SECONDS).orElse(DEFAULT_INTERVAL_SECONDS));
  }
}
