package com.pullsafe.alerts;

import com.pullsafe.shared.Config;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Retries failed alert mails every {@value #DEFAULT_INTERVAL_SECONDS} seconds, or as often as
 * {@value Config#MAIL_RETRY_SECONDS} says (tests use a few seconds to see a retry deliver).
 */
@Singleton
@Startup
@PermitAll
public class MailRetrySchedule {

  static final long DEFAULT_INTERVAL_SECONDS = 300;

  @Resource private TimerService timers;
  @Inject private AlertMail alertMail;

  @PostConstruct
  void schedule() {
    long millis = interval().toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig("alert-mail-retry", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void retry() {
    alertMail.retryFailed();
  }

  static Duration interval() {
    long seconds =
        Config.get(Config.MAIL_RETRY_SECONDS)
            .map(MailRetrySchedule::positiveSeconds)
            .orElse(DEFAULT_INTERVAL_SECONDS);
    return Duration.ofSeconds(seconds);
  }

  private static long positiveSeconds(String value) {
    try {
      long seconds = Long.parseLong(value);
      return seconds > 0 ? seconds : DEFAULT_INTERVAL_SECONDS;
    } catch (NumberFormatException e) {
      return DEFAULT_INTERVAL_SECONDS;
    }
  }
}
