package com.pullsafe.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A periodic task done once per interval however many nodes run the portal: every node keeps an
 * interval timer, and the node that claims the interval ({@link ClusterSchedule}) does the work.
 * While the database is unreachable a round is skipped with a warning rather than an error. A
 * subclass is a {@code @Singleton @Startup} bean that names its task, its interval and its work.
 */
public abstract class ClusterTimer {

  private static final Logger LOG = Logger.getLogger(ClusterTimer.class.getName());

  @Resource private TimerService timers;
  @Inject private ClusterSchedule schedule;

  /** The task's name, unique across the portal: the key of its claims. */
  protected abstract String task();

  protected abstract Duration interval();

  /** One round of the work, on the node that claimed the interval. */
  protected abstract void work();

  @PostConstruct
  void startTimer() {
    long millis = interval().toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig(task(), false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void round() {
    try {
      if (schedule.claim(task(), interval())) {
        work();
      }
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      LOG.warning(
          () ->
              "Task "
                  + task()
                  + " skipped: the database is unreachable; next try in "
                  + interval());
    }
  }
}
