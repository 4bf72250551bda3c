package com.pullsafe.alerts;

import com.pullsafe.shared.ClusterTimer;
import com.pullsafe.shared.Config;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Retries failed alert mails every {@value #DEFAULT_INTERVAL_SECONDS} seconds, or as often as
 * {@value Config#MAIL_RETRY_SECONDS} says (tests use a few seconds to see a retry deliver), on one
 * node per interval ({@link ClusterTimer}). Starts after the migrations, whose tables its first run
 * needs.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@PermitAll
public class MailRetrySchedule extends ClusterTimer {

  static final long DEFAULT_INTERVAL_SECONDS = 300;
  static final String TASK = "alert-mail-retry";

  @Inject private AlertMail alertMail;

  @Override
  protected String task() {
    return TASK;
  }

  @Override
  protected Duration interval() {
    return Duration.ofSeconds(
        Config.positiveNumber(Config.MAIL_RETRY_SECONDS).orElse(DEFAULT_INTERVAL_SECONDS));
  }

  @Override
  protected void work() {
    alertMail.retryFailed();
  }
}
