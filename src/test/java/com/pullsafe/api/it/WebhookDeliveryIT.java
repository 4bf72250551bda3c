package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.red;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.api.it.ApiFixtures.OtherTenant;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Database;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks reach a receiver this test runs on loopback (the server allows {@code http://127.0.0.1}
 * under {@code PULLSAFE_WEBHOOK_ALLOW_LOOPBACK_HTTP}, and retries within seconds under {@code
 * PULLSAFE_WEBHOOK_RETRY_SECONDS} and {@code PULLSAFE_WEBHOOK_RETRY_BASE_SECONDS}; see
 * arquillian.xml). Each test has a tenant of its own, so no other test's reports reach its
 * receiver.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookDeliveryIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  @ArquillianResource private URL base;

  private Receiver receiver;
  private Receiver secondReceiver;

  @AfterEach
  void stopReceivers() {
    for (Receiver r : new Receiver[] {receiver, secondReceiver}) {
      if (r != null) {
        r.stop();
      }
    }
  }

  @Test
  void aFlaggedReportIsDeliveredOnceSignedWithTheEndpointsSecret() throws Exception {
    Api api = new Api(base);
    OtherTenant tenant = new ApiFixtures(api).otherTenant();
    receiver = Receiver.answering(204);
    String secret = register(api, tenant.admin(), receiver.url(), "report.flagged");

    long reportId = new ApiFixtures(api).submit(tenant.athlete(), red("2026-W30"));

    await("the delivery").atMost(WAIT).until(() -> receiver.received.size() == 1);
    // No retry and no second copy while the retry timer (every second here) goes round.
    await("no second delivery")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(6))
        .until(() -> receiver.received.size() == 1);
    Request request = receiver.received.get(0);
    assertSignedWith(secret, request);
    JsonObject body = Json.createReader(new StringReader(request.body)).readObject();
    assertEquals("report.flagged", body.getString("type"));
    assertEquals("report.flagged", request.headers.get("PullSafe-Event"));
    assertEquals(body.getString("id"), request.headers.get("PullSafe-Event-Id"));
    JsonObject data = body.getJsonObject("data");
    assertEquals(reportId, data.getJsonNumber("reportId").longValue());
    assertEquals(tenant.athlete().id(), data.getJsonNumber("athleteId").longValue());
    assertEquals("RED", data.getString("level"));
    assertFalse(
        request.body.contains(tenant.athlete().name()), "the body names the athlete: " + body);

    JsonObject delivery =
        await("the delivery to show as delivered")
            .atMost(WAIT)
            .until(() -> onlyDelivery(api, tenant.admin()), d -> "DELIVERED".equals(status(d)));
    assertEquals(1, delivery.getInt("attempts"));
    assertEquals(204, delivery.getInt("lastStatusCode"));
  }

  @Test
  void aFailingReceiverIsRetriedUntilItAnswers() throws Exception {
    Api api = new Api(base);
    OtherTenant tenant = new ApiFixtures(api).otherTenant();
    receiver = Receiver.failingFirst(2);
    String secret = register(api, tenant.admin(), receiver.url(), "report.flagged");

    new ApiFixtures(api).submit(tenant.athlete(), red("2026-W31"));

    JsonObject delivery =
        await("the delivery to succeed on a retry")
            .atMost(WAIT)
            .until(() -> onlyDelivery(api, tenant.admin()), d -> "DELIVERED".equals(status(d)));
    assertEquals(3, delivery.getInt("attempts"));
    assertEquals(200, delivery.getInt("lastStatusCode"));
    assertEquals(3, receiver.received.size());
    List<String> eventIds =
        receiver.received.stream().map(r -> r.headers.get("PullSafe-Event-Id")).distinct().toList();
    assertEquals(1, eventIds.size(), "a retry is the same event: " + eventIds);
    for (Request r : receiver.received) {
      assertSignedWith(secret, r);
    }
  }

  @Test
  void aSubmissionWhoseTransactionRollsBackSendsNothing() throws Exception {
    Api api = new Api(base);
    OtherTenant tenant = new ApiFixtures(api).otherTenant();
    receiver = Receiver.answering(204);
    register(api, tenant.admin(), receiver.url(), "report.flagged");
    String trigger = "webhook_it_refuse_" + tenant.athlete().id();
    // Refuses the report at COMMIT, after every statement and in-transaction observer has run.
    try (Connection db = Database.connect();
        Statement sql = db.createStatement()) {
      sql.execute(
          "create function "
              + trigger
              + "() returns trigger language plpgsql as $$ begin"
              + " raise exception 'refused by the test'; end $$");
      sql.execute(
          "create constraint trigger "
              + trigger
              + " after insert on weekly_report deferrable initially deferred for each row"
              + " when (new.athlete_id = "
              + tenant.athlete().id()
              + ") execute function "
              + trigger
              + "()");
    }
    try {
      int status = api.post("/api/v1/reports", tenant.athlete().auth(), red("2026-W32")).status();
      assertNotEquals(201, status, "the report was stored although its commit was refused");
    } finally {
      try (Connection db = Database.connect();
          Statement sql = db.createStatement()) {
        sql.execute("drop trigger " + trigger + " on weekly_report");
        sql.execute("drop function " + trigger + "()");
      }
    }

    await("nothing to arrive")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(6))
        .until(() -> receiver.received.isEmpty());
    assertEquals(
        0,
        Database.number(
            "select count(*) from webhook_delivery where tenant_id = ?", tenantId(tenant)));
  }

  @Test
  void anEndpointMustBeHttpsAndNameKnownEventsWithTheFieldsNamed() {
    Api api = new Api(base);
    OtherTenant tenant = new ApiFixtures(api).otherTenant();

    Api.Reply plain =
        api.post(
                "/api/v1/webhooks",
                tenant.admin(),
                Json.createObjectBuilder()
                    .add("url", "http://hooks.example.com/x")
                    .add("events", Json.createArrayBuilder().add("report.exploded")))
            .expectProblem(400);
    assertEquals(List.of("url", "events"), plain.errorFields());
    api.post(
            "/api/v1/webhooks",
            tenant.admin(),
            Json.createObjectBuilder()
                .add("url", "https://169.254.169.254/latest")
                .add("events", Json.createArrayBuilder().add("report.flagged")))
        .expectProblem(400);
    assertEquals("[]", api.get("/api/v1/webhooks", tenant.admin()).expect(200).body());
  }

  @Test
  void onlyTheTenantAdminSeesAndChangesTheTenantsWebhooks() throws IOException {
    Api api = new Api(base);
    OtherTenant mine = new ApiFixtures(api).otherTenant();
    OtherTenant theirs = new ApiFixtures(api).otherTenant();
    receiver = Receiver.answering(204);
    register(api, mine.admin(), receiver.url(), "review.completed");
    long id = api.get("/api/v1/webhooks", mine.admin()).array().getJsonObject(0).getInt("id");

    api.get("/api/v1/webhooks", mine.coach().auth()).expectProblem(403);
    assertEquals("[]", api.get("/api/v1/webhooks", theirs.admin()).expect(200).body());
    api.delete("/api/v1/webhooks/" + id, theirs.admin()).expectProblem(404);
    api.post("/api/v1/webhooks/" + id + "/deactivation", theirs.admin(), "").expectProblem(404);
    JsonObject disabled =
        api.post("/api/v1/webhooks/" + id + "/deactivation", mine.admin(), "").expect(200).object();
    assertFalse(disabled.getBoolean("active"));
    api.delete("/api/v1/webhooks/" + id, mine.admin()).expect(204);
    assertEquals("[]", api.get("/api/v1/webhooks", mine.admin()).expect(200).body());
  }

  @Test
  void aReceiverThatNeverAnswersDelaysNoOtherTenantsDelivery() throws Exception {
    Api api = new Api(base);
    OtherTenant stalled = new ApiFixtures(api).otherTenant();
    OtherTenant other = new ApiFixtures(api).otherTenant();
    receiver = Receiver.neverAnswering();
    secondReceiver = Receiver.answering(204);
    register(api, stalled.admin(), receiver.url(), "report.flagged");
    register(api, other.admin(), secondReceiver.url(), "report.flagged");

    new ApiFixtures(api).submit(stalled.athlete(), red("2026-W33"));
    await("the stalled receiver's request").atMost(WAIT).until(() -> receiver.received.size() == 1);
    new ApiFixtures(api).submit(other.athlete(), red("2026-W33"));

    // Within the 5 s the sender waits for the stalled receiver's answer: not queued behind it.
    await("the other tenant's delivery while the stalled try is still open")
        .atMost(Duration.ofSeconds(5))
        .until(() -> secondReceiver.received.size() == 1);
    assertEquals(
        0,
        Database.number(
            "select attempts from webhook_delivery where tenant_id = ?", tenantId(stalled)),
        "the stalled try had ended before the other delivery arrived");
    JsonObject stalledDelivery =
        await("the stalled try to be recorded as failed")
            .atMost(WAIT)
            .until(() -> onlyDelivery(api, stalled.admin()), d -> "RETRYING".equals(status(d)));
    assertFalse(stalledDelivery.containsKey("lastStatusCode"), stalledDelivery.toString());
    assertTrue(
        stalledDelivery.getString("lastResponse").contains("timed out"),
        stalledDelivery.toString());
  }

  @Test
  void anEndlessAnswerIsCutAndTheRestIsNeverRead() throws Exception {
    Api api = new Api(base);
    OtherTenant tenant = new ApiFixtures(api).otherTenant();
    receiver = Receiver.answeringWithoutEnd();
    register(api, tenant.admin(), receiver.url(), "report.flagged");

    new ApiFixtures(api).submit(tenant.athlete(), red("2026-W34"));

    JsonObject delivery =
        await("the delivery")
            .atMost(WAIT)
            .until(() -> onlyDelivery(api, tenant.admin()), d -> "DELIVERED".equals(status(d)));
    assertEquals("x".repeat(500), delivery.getString("lastResponse"));
    long written = receiver.bytesWritten.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(
        written < Receiver.ENDLESS, "the sender read the whole answer: " + written + " bytes");
  }

  @Test
  void aDeliveryClaimedByANodeThatDiedIsSentOnceItsLeaseRunsOut() throws Exception {
    Api api = new Api(base);
    OtherTenant tenant = new ApiFixtures(api).otherTenant();
    receiver = Receiver.answering(204);
    register(api, tenant.admin(), receiver.url(), "report.flagged");
    long endpointId =
        api.get("/api/v1/webhooks", tenant.admin()).array().getJsonObject(0).getInt("id");

    Instant leaseEnd;
    try (Connection db = Database.connect();
        PreparedStatement claimed =
            db.prepareStatement(
                "insert into webhook_delivery (tenant_id, endpoint_id, event_id, event_type,"
                    + " payload, status, attempts, next_attempt_at, created_at, claimed_until,"
                    + " claim_token) values (?, ?, ?, 'report.flagged', '{}', 'PENDING', 0,"
                    + " now(), now(), now() + interval '3 seconds', 'a-node-that-died')"
                    + " returning claimed_until")) {
      claimed.setLong(1, tenantId(tenant));
      claimed.setLong(2, endpointId);
      claimed.setString(3, UUID.randomUUID().toString());
      try (ResultSet row = claimed.executeQuery()) {
        row.next();
        leaseEnd = row.getTimestamp(1).toInstant();
      }
    }

    await("the delivery after the lease").atMost(WAIT).until(() -> receiver.received.size() == 1);
    assertFalse(
        receiver.received.get(0).at.isBefore(leaseEnd),
        "sent at " + receiver.received.get(0).at + " while the lease held until " + leaseEnd);
    JsonObject delivery =
        await("the delivery to show as delivered")
            .atMost(WAIT)
            .until(() -> onlyDelivery(api, tenant.admin()), d -> "DELIVERED".equals(status(d)));
    assertEquals(1, delivery.getInt("attempts"));
  }

  private static String register(Api api, String admin, String url, String event) {
    JsonObject created =
        api.post(
                "/api/v1/webhooks",
                admin,
                Json.createObjectBuilder()
                    .add("url", url)
                    .add("events", Json.createArrayBuilder().add(event)))
            .expect(201)
            .object();
    assertFalse(
        api.get("/api/v1/webhooks", admin).expect(200).body().contains(created.getString("secret")),
        "the list shows the secret");
    return created.getString("secret");
  }

  private static JsonObject onlyDelivery(Api api, String admin) {
    var deliveries = api.get("/api/v1/webhooks/deliveries", admin).expect(200).array();
    assertTrue(deliveries.size() <= 1, "more than one delivery: " + deliveries);
    return deliveries.isEmpty() ? null : deliveries.getJsonObject(0);
  }

  private static String status(JsonObject delivery) {
    return delivery == null ? null : delivery.getString("status");
  }

  private static long tenantId(OtherTenant tenant) throws SQLException {
    return Database.number("select tenant_id from athlete where id = ?", tenant.athlete().id());
  }

  /** Checks the signature as a receiver would, with its own HMAC and a fresh time. */
  private static void assertSignedWith(String secret, Request request)
      throws GeneralSecurityException {
    String header = request.headers.get("PullSafe-Signature");
    assertTrue(header != null && header.matches("t=\\d+,v1=[0-9a-f]{64}"), header);
    String t = header.substring(2, header.indexOf(','));
    String v1 = header.substring(header.indexOf("v1=") + 3);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal((t + "." + request.body).getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, v1, "signature");
    long age = Instant.now().getEpochSecond() - Long.parseLong(t);
    assertTrue(age >= -5 && age < 120, "signature time " + t + " is not now");
  }

  private record Request(Map<String, String> headers, String body, Instant at) {}

  /** A tiny receiver on 127.0.0.1 that records every POST and answers as told. */
  private static final class Receiver {

    static final long ENDLESS = 1L << 40;

    final List<Request> received = new CopyOnWriteArrayList<>();
    final CompletableFuture<Long> bytesWritten = new CompletableFuture<>();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private HttpServer server;

    static Receiver answering(int status) throws IOException {
      return failingFirst(0, status);
    }

    static Receiver failingFirst(int failures) throws IOException {
      return failingFirst(failures, 200);
    }

    private static Receiver failingFirst(int failures, int finalStatus) throws IOException {
      Receiver receiver = new Receiver();
      AtomicInteger calls = new AtomicInteger();
      return receiver.start(
          exchange -> {
            int status = calls.incrementAndGet() <= failures ? 500 : finalStatus;
            byte[] answer = (status == 500 ? "not now" : "").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
              exchange.getResponseBody().write(answer);
            }
          });
    }

    /** Takes the request and never answers (until the test ends). */
    static Receiver neverAnswering() throws IOException {
      Receiver receiver = new Receiver();
      return receiver.start(
          exchange -> {
            try {
              receiver.stopping.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }

    /** Answers 200 with a body of x's that goes on until the sender lets go. */
    static Receiver answeringWithoutEnd() throws IOException {
      Receiver receiver = new Receiver();
      return receiver.start(
          exchange -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            long written = 0;
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
              while (written < ENDLESS) {
                out.write(chunk);
                written += chunk.length;
              }
            } catch (IOException letGo) {
              // the sender closed the connection: what this test wants
            }
            receiver.bytesWritten.complete(written);
          });
    }

    private Receiver start(HttpHandler answer) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(handlers);
      server.createContext(
          "/hook",
          exchange -> {
            Instant at = Instant.now();
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            received.add(new Request(headers, body, at));
            try {
              answer.handle(exchange);
            } finally {
              exchange.close();
            }
          });
      server.start();
      return this;
    }

    void stop() {
      stopping.countDown();
      server.stop(0);
      handlers.shutdownNow();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }
  }
}
