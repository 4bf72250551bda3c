package com.pullsafe.operations;

import com.pullsafe.alerts.AlertMailAttempted;
import com.pullsafe.reports.OpenQueue;
import com.pullsafe.reports.ReportRecorded;
import com.pullsafe.triage.Level;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's own meters in WildFly's Micrometer registry (Prometheus names in brackets): reports
 * submitted by triage level ({@code pullsafe_reports_submitted_total{level}}), alert e-mails by
 * outcome ({@code pullsafe_alert_mails_total{outcome="sent"|"failed"}}) and the open flagged queue
 * over all tenants ({@code pullsafe_review_queue_open}). Counted after the commit, so a rolled-back
 * report or mail attempt does not count. Every meter exists from the start, at zero.
 *
 * <p>Only the registry's {@code counter(name, tags)} and {@code gauge(...)} shortcuts reach
 * WildFly's exported registry: the deployment's registry wrapper keeps meters made with {@code
 * Counter.builder(...).register(registry)} to itself (WildFly 39).
 */
@ApplicationScoped
public class PortalMeters {

  static final String REPORTS = "pullsafe.reports.submitted";
  static final String ALERT_MAILS = "pullsafe.alert.mails";
  static final String OPEN_QUEUE = "pullsafe.review.queue.open";

  @Inject private MeterRegistry registry;
  @Inject private OpenQueue openQueue;

  private final Map<Level, Counter> reportsByLevel = new EnumMap<>(Level.class);
  private final List<Meter> registered = new ArrayList<>();
  private Counter mailsSent;
  private Counter mailsFailed;

  /**
   * Registers every meter when the bean is made: at the latest when the application starts (the
   * observer below), earlier if a startup bean records a report first (the demo data does).
   */
  @PostConstruct
  void register() {
    for (Level level : Level.values()) {
      reportsByLevel.put(level, keep(registry.counter(REPORTS, Tags.of("level", level.name()))));
    }
    mailsSent = keep(registry.counter(ALERT_MAILS, Tags.of("outcome", "sent")));
    mailsFailed = keep(registry.counter(ALERT_MAILS, Tags.of("outcome", "failed")));
    // The registry holds the gauge's object weakly; this bean's field keeps it.
    registry.gauge(OPEN_QUEUE, Tags.empty(), openQueue, OpenQueue::size);
    keep(registry.get(OPEN_QUEUE).gauge());
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Nothing to do: observing the start makes the bean, and so its meters, exist from the start.
  }

  /** A redeployment registers its meters afresh; these would keep reading the old deployment. */
  void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    registered.forEach(registry::remove);
    registered.clear();
  }

  void reportRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportRecorded report) {
    reportsByLevel.get(report.level()).increment();
  }

  void alertMailAttempted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) AlertMailAttempted attempt) {
    (attempt.sent() ? mailsSent : mailsFailed).increment();
  }

  private <M extends Meter> M keep(M meter) {
    registered.add(meter);
    return meter;
  }
}
