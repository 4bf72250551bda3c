package com.pullsafe.webhooks;

import com.pullsafe.shared.ClusterTimer;
import com.pullsafe.shared.Config;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Hands the deliveries that are due again to the sender every {@value #DEFAULT_INTERVAL_SECONDS}
 * seconds, or as often as {@value Config#WEBHOOK_RETRY_SECONDS} says, on one node per interval
 * ({@link ClusterTimer}); that includes deliveries whose sender's claim ran out with its node. It
 * starts after the migrations, so its first round, a second after a start in tests, finds its
 * table.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@PermitAll
public class WebhookRetrySchedule extends ClusterTimer {

  static final long DEFAULT_INTERVAL_SECONDS = 30;
  static final String TASK = "webhook-retry";

  @Inject private WebhookSender sender;

  @Override
  protected String task() {
    return TASK;
  }

  @Override
  protected Duration interval() {
    return Duration.ofSeconds(
        Config.positiveNumber(Config.WEBHOOK_RETRY_SECONDS).orElse(DEFAULT_INTERVAL_SECONDS));
  }

  @Override
  protected void work() {
    sender.sendDue();
  }
}
