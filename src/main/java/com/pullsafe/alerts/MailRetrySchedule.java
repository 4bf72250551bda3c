package com.pullsafe.alerts;

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
 * Retries failed alert mails every {@value #DEFAULT_INTERVAL_SECONDS} seconds, or as often as
 * {@value Config#MAIL_RETRY_SECONDS} says (tests use a few seconds to see a retry deliver). In a
 * cluster every node keeps the timer, and one node per interval does the retry ({@link
 * ClusterSchedule}). Starts after the migrations, whose tables its first run needs.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@PermitAll
public class MailRetrySchedule {

  static final long DEFAULT_INTERVAL_SECONDS = 300;
  static final String TASK = "alert-mail-retry";
  private static final Logger LOG = Logger.getLogger(MailRetrySchedule.class.getName());

  @Resource private TimerService timers;
  @Inject private AlertMail alertMail;
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
        alertMail.retryFailed();
      }
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      LOG.warning(
          "Alert mails not retried now: the database is unreachable; next try in " + interval());
    }
  }

  static Duration interval() {
    return Duration.ofSeconds(
        Config.positiveNumber(Config.MAIL_RETRY_SECONDS).orElse(DEFAULT_INTERVAL_SECONDS));
  }
}
