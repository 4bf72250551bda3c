package com.pullsafe.webhooks;

import com.pullsafe.shared.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One try of a claimed delivery, with no transaction and no database connection: a signed POST with
 * short timeouts. At most {@value #ANSWER_READ_MAX} bytes of the answer are read, and the whole try
 * ends after {@link #DEADLINE} even when a receiver trickles its answer byte by byte.
 */
final class WebhookPost {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  static final Duration DEADLINE = CONNECT_TIMEOUT.plus(REQUEST_TIMEOUT);
  static final int ANSWER_READ_MAX = 4096;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private WebhookPost() {}

  static Outcome send(ClaimedDelivery delivery) {
    if (delivery.url() == null || !delivery.endpointActive()) {
      return Outcome.abandoned("not sent: the endpoint is disabled");
    }
    boolean loopbackHttp = Config.flag(Config.WEBHOOK_ALLOW_LOOPBACK_HTTP);
    if (EndpointUrl.resolvesInside(delivery.url(), loopbackHttp)) {
      return Outcome.failed("refused: the host resolves to an internal address");
    }
    AnswerStart answer = new AnswerStart(ANSWER_READ_MAX);
    CompletableFuture<HttpResponse<String>> response;
    try {
      response = CLIENT.sendAsync(request(delivery, Instant.now()), info -> answer);
    } catch (RuntimeException e) {
      return Outcome.failed(String.valueOf(e));
    }
    try {
      HttpResponse<String> answered = response.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      return Outcome.answered(answered.statusCode(), answered.body());
    } catch (TimeoutException e) {
      answer.abandon();
      response.cancel(true);
      return Outcome.failed("no complete answer within " + DEADLINE.toSeconds() + " s");
    } catch (ExecutionException e) {
      return Outcome.failed(String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      answer.abandon();
      response.cancel(true);
      Thread.currentThread().interrupt();
      return Outcome.failed("interrupted");
    }
  }

  static HttpRequest request(ClaimedDelivery delivery, Instant at) {
    String body = delivery.payload();
    return HttpRequest.newBuilder(URI.create(delivery.url()))
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("User-Agent", "PullSafe-Webhooks/1")
        .header("PullSafe-Event", delivery.eventType())
        .header("PullSafe-Event-Id", delivery.eventId())
        .header("PullSafe-Delivery", String.valueOf(delivery.id()))
        .header(
            WebhookSignature.HEADER,
            WebhookSignature.header(delivery.secret(), at.getEpochSecond(), body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
