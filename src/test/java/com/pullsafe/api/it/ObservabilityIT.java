package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.amber;
import static com.pullsafe.api.it.ApiFixtures.red;
import static com.pullsafe.api.it.ApiFixtures.urgent;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.api.it.ApiFixtures.Login;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Observability: WildFly's management interface answers {@code /health/ready} with the portal's
 * database and migrations checks and {@code /health/live}, and {@code /metrics} (Micrometer,
 * Prometheus format) carries the portal's own meters, which move when reports and mails happen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservabilityIT {

  private static final long WAIT_MILLIS = 30_000;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  @ArquillianResource private URL base;

  @Test
  void readinessChecksTheDatabaseAndThatNoMigrationIsPending() {
    HttpResponse<String> ready = management("/health/ready");

    assertEquals(200, ready.statusCode(), ready.body());
    Map<String, JsonObject> checks = checksByName(ready.body());
    assertEquals("UP", checks.get("database").getString("status"), ready.body());
    JsonObject migrations = checks.get("migrations");
    assertEquals("UP", migrations.getString("status"), ready.body());
    assertEquals(0, migrations.getJsonObject("data").getInt("pending"), ready.body());
    assertTrue(
        migrations.getJsonObject("data").getString("schemaVersion").matches("\\d+"), ready.body());
  }

  @Test
  void livenessAnswersUp() {
    HttpResponse<String> live = management("/health/live");

    assertEquals(200, live.statusCode(), live.body());
    assertEquals(
        "UP", Json.createReader(new StringReader(live.body())).readObject().getString("status"));
  }

  @Test
  void everyPortalMeterIsExportedFromTheStart() {
    String metrics = management("/metrics").body();

    for (String level : new String[] {"GREEN", "AMBER", "RED", "URGENT"}) {
      assertTrue(
          value(metrics, "pullsafe_reports_submitted_total", "level", level).isPresent(), level);
    }
    assertTrue(value(metrics, "pullsafe_alert_mails_total", "outcome", "sent").isPresent());
    assertTrue(value(metrics, "pullsafe_alert_mails_total", "outcome", "failed").isPresent());
    assertTrue(value(metrics, "pullsafe_review_queue_open", null, null).isPresent(), metrics);
  }

  @Test
  void aSubmittedReportCountsOnceUnderItsLevelAndJoinsTheOpenQueue() {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);
    String before = management("/metrics").body();

    new ApiFixtures(api).submit(athlete, amber("2026-W30"));

    String after = management("/metrics").body();
    assertEquals(
        reports(before, "AMBER") + 1, reports(after, "AMBER"), "AMBER reports counted once");
    assertEquals(reports(before, "GREEN"), reports(after, "GREEN"));
    assertEquals(reports(before, "RED"), reports(after, "RED"));
    assertEquals(queue(before) + 1, queue(after), "the open flagged queue grew by one");
  }

  @Test
  void anAlertMailSentIsCounted() {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);
    double sentBefore = mails("sent");

    new ApiFixtures(api).submit(athlete, red("2026-W31"));

    awaitMails(
        "sent", sent -> sent >= sentBefore + 1, "the alert mail of a RED report counted as sent");
  }

  @Test
  void anAlertMailThatFailsIsCountedAsFailed() {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);
    double failedBefore = mails("failed");

    TestMailServer.whileDown(
        () -> {
          new ApiFixtures(api).submit(athlete, urgent("2026-W32"));
          awaitMails(
              "failed",
              failed -> failed >= failedBefore + 1,
              "the alert mail tried while the mail server was down counted as failed");
        });
  }

  private double mails(String outcome) {
    return value(management("/metrics").body(), "pullsafe_alert_mails_total", "outcome", outcome)
        .orElseThrow();
  }

  /** Polls the metrics until the mail counter satisfies {@code condition}, at most 30 s. */
  private void awaitMails(String outcome, DoublePredicate condition, String what) {
    await(what)
        .atMost(Duration.ofMillis(WAIT_MILLIS))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> mails(outcome), condition::test);
  }

  private static double reports(String metrics, String level) {
    return value(metrics, "pullsafe_reports_submitted_total", "level", level).orElseThrow();
  }

  private static double queue(String metrics) {
    return value(metrics, "pullsafe_review_queue_open", null, null).orElseThrow();
  }

  /** The value of a Prometheus sample named {@code name} carrying the tag, if any. */
  private static OptionalDouble value(String metrics, String name, String tag, String tagValue) {
    Pattern sample = Pattern.compile("^" + name + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);
    Matcher m = sample.matcher(metrics);
    while (m.find()) {
      String tags = m.group(1) == null ? "" : m.group(1);
      if (tag == null || tags.contains(tag + "=\"" + tagValue + "\"")) {
        return OptionalDouble.of(Double.parseDouble(m.group(2)));
      }
    }
    return OptionalDouble.empty();
  }

  private static Map<String, JsonObject> checksByName(String health) {
    return Json.createReader(new StringReader(health))
        .readObject()
        .getJsonArray("checks")
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c, (a, b) -> a));
  }

  /** GET on WildFly's management interface (health and metrics need no credentials). */
  private HttpResponse<String> management(String path) {
    URI uri =
        URI.create(
            "http://"
                + base.getHost()
                + ":"
                + System.getProperty("pullsafe.management.port", "9990")
                + path);
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
