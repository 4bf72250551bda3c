package com.pullsafe.webhooks;

import com.pullsafe.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;

/**
 * Sends deliveries off the request thread, right after the commit that stored them and whenever the
 * retry timer finds some due ({@link WebhookRetrySchedule}). Each endpoint's deliveries go one
 * after another on a lane of its own ({@link EndpointLanes}) on the managed executor; each try is
 * claimed, sent with no transaction open, and recorded ({@link DeliveryClaims}, {@link
 * WebhookPost}, {@link WebhookDispatch}).
 */
@ApplicationScoped
public class WebhookSender {

  /**
   * Lanes per node: endpoints beyond it wait for a free lane. Small, as the default managed
   * executor's threads are shared with the rest of the portal.
   */
  static final int MAX_LANES = 4;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Inject private DeliveryClaims claims;
  @Inject private WebhookDispatch dispatch;

  private EndpointLanes lanes;

  @PostConstruct
  void start() {
    lanes = new EndpointLanes(MAX_LANES, executor, this::drain);
  }

  /** Sends what is due for these endpoints. */
  public void send(Collection<Long> endpointIds) {
    endpointIds.forEach(lanes::request);
  }

  /** Called by {@link WebhookRetrySchedule}. */
  public void sendDue() {
    send(claims.endpointsWithDueDeliveries());
  }

  /**
   * Tries the endpoint's due deliveries, oldest first, until none is left or one fails: an endpoint
   * that fails waits for the next round rather than running through its whole queue.
   */
  private void drain(long endpointId) {
    Optional<ClaimedDelivery> next = claims.claimNext(endpointId);
    while (next.isPresent()) {
      ClaimedDelivery claimed = next.get();
      Outcome outcome = WebhookPost.send(claimed);
      TenantContext.runAs(claimed.tenantId(), () -> dispatch.record(claimed, outcome));
      if (outcome.kind() == Outcome.Kind.FAILED) {
        return;
      }
      next = claims.claimNext(endpointId);
    }
  }
}
