package com.pullsafe.reminders;

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
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs a {@link ReminderRound} every {@value #DEFAULT_INTERVAL_SECONDS} seconds, or as often as
 * {@value Config#REMINDER_CHECK_SECONDS} says; a tenant's reminders go out in the first round after
 * its chosen hour. In a cluster every node keeps the timer and one node per interval runs the round
 * ({@link ClusterSchedule}); should two run at once, the round itself still reminds each athlete
 * once. {@value Config#REMINDER_TIMER_OFF} keeps a node's timer off (the integration tests run
 * rounds themselves, at moments they choose).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@PermitAll
public class ReminderSchedule {

  static final long DEFAULT_INTERVAL_SECONDS = 600;
  static final String TASK = "weekly-reminders";
  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @Resource private TimerService timers;
  @Inject private ReminderRound round;
  @Inject private ClusterSchedule schedule;
  @Inject private Clock clock;

  @PostConstruct
  void schedule() {
    if (Config.flag(Config.REMINDER_TIMER_OFF)) {
      LOG.info("Weekly reminders: this node's timer is off (" + Config.REMINDER_TIMER_OFF + ")");
      return;
    }
    long millis = interval().toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig(TASK, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void remind() {
    try {
      if (schedule.claim(TASK, interval())) {
        round.run(clock.instant());
      }
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      LOG.warning("Reminders not sent now: the database is unreachable; next try in " + interval());
    }
  }

  static Duration interval() {
    return Duration.ofSeconds(
        Config.positiveNumber(Config.REMINDER_CHECK_SECONDS).orElse(DEFAULT_INTERVAL_SECONDS));
  }
}
