package com.pullsafe.webhooks;

import com.pullsafe.shared.Config;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One try of one delivery: a signed POST with short timeouts; the outcome (status code and the
 * start of the answer, or the error) is stored either way. The row is locked for the try, so the
 * first send and a retry on this node or another never send the same delivery twice at once.
 */
@Stateless
@PermitAll
public class WebhookDispatch {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @PersistenceContext(unitName = "pullsafe")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Void deliver(long deliveryId) {
    WebhookDelivery delivery =
        em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (delivery == null || !delivery.due(now)) {
      return null;
    }
    WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.endpointId());
    Backoff backoff = Backoff.configured();
    if (endpoint == null || !endpoint.isActive()) {
      delivery.abandoned(now, "not sent: the endpoint is disabled");
      return null;
    }
    boolean loopbackHttp = Config.flag(Config.WEBHOOK_ALLOW_LOOPBACK_HTTP);
    if (EndpointUrl.resolvesInside(endpoint.getUrl(), loopbackHttp)) {
      delivery.failed(now, null, "refused: the host resolves to an internal address", backoff);
      return null;
    }
    try {
      HttpResponse<String> response = CLIENT.send(request(delivery, endpoint, now), ofText());
      if (response.statusCode() / 100 == 2) {
        delivery.delivered(Instant.now(), response.statusCode(), response.body());
      } else {
        delivery.failed(Instant.now(), response.statusCode(), response.body(), backoff);
      }
    } catch (IOException | RuntimeException e) {
      delivery.failed(Instant.now(), null, String.valueOf(e), backoff);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      delivery.failed(Instant.now(), null, "interrupted", backoff);
    }
    // Never the secret or the signature: the delivery id names everything else.
    LOG.fine(() -> "Webhook delivery " + deliveryId + " tried: " + delivery.status());
    return null;
  }

  static HttpRequest request(WebhookDelivery delivery, WebhookEndpoint endpoint, Instant at) {
    String body = delivery.payload();
    return HttpRequest.newBuilder(URI.create(endpoint.getUrl()))
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("User-Agent", "PullSafe-Webhooks/1")
        .header("PullSafe-Event", delivery.eventType())
        .header("PullSafe-Event-Id", delivery.eventId())
        .header("PullSafe-Delivery", String.valueOf(delivery.getId()))
        .header(
            WebhookSignature.HEADER,
            WebhookSignature.header(endpoint.secret(), at.getEpochSecond(), body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** The answer as text, at most what is stored of it (a receiver could answer without end). */
  private static HttpResponse.BodyHandler<String> ofText() {
    return info ->
        HttpResponse.BodySubscribers.mapping(
            HttpResponse.BodySubscribers.ofInputStream(),
            in -> {
              try (in) {
                byte[] start = in.readNBytes(WebhookDelivery.RESPONSE_MAX * 4);
                String text = new String(start, java.nio.charset.StandardCharsets.UTF_8);
                return text.length() > WebhookDelivery.RESPONSE_MAX
                    ? text.substring(0, WebhookDelivery.RESPONSE_MAX)
                    : text;
              } catch (IOException e) {
                return "";
              }
            });
  }
}
