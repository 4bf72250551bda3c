package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.shared.ClusterSchedule;
import com.pullsafe.testing.Browser;
import com.pullsafe.testing.ClusterNode;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.FailoverProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Two nodes of the HA configuration (standalone-ha.xml) on one fresh database, started at the same
 * moment, behind a load balancer that sends every connection to the first node still alive. The
 * last test kills the node a coach is working on, halfway through a review.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverUiIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final String DATABASE = "pullsafe_cluster";

  /** A JGroups view of two members, node1 and node2 (WildFly logs it as the second one joins). */
  private static final Pattern BOTH_IN_ONE_VIEW =
      Pattern.compile("view: \\[[^\\]]*\\] \\(2\\) \\[(node1|node2)[^,\\]]*, (node1|node2)");

  private static final String REASON = "An old, stable leg symptom; her physio saw it last week.";
  private static final String NOTE = "Walk every day; no pulling until we talk on Monday.";

  @TempDir static Path work;

  private static String databaseUrl;
  private static ClusterNode first;
  private static ClusterNode second;
  private static FailoverProxy balancer;

  @BeforeAll
  static void startTwoNodesAtOnce() throws SQLException {
    databaseUrl = freshDatabase();
    int offset = Integer.getInteger("pullsafe.port.offset", 0);
    Path war = Path.of(System.getProperty("pullsafe.war"));
    first = ClusterNode.prepare("node1", offset + 350, work, war);
    second = ClusterNode.prepare("node2", offset + 450, work, war);
    Map<String, String> settings = new HashMap<>();
    settings.put("pullsafe.db.url", databaseUrl);
    settings.put("pullsafe.db.user", System.getProperty("pullsafe.test.db.user"));
    settings.put("pullsafe.db.password", System.getProperty("pullsafe.test.db.password"));
    settings.put("pullsafe.cluster.members", ClusterNode.members(first, second));
    settings.put("PORTAL_ADMIN_EMAIL", "admin@portal.test");
    settings.put("PORTAL_ADMIN_PASSWORD", "platform-pass-2026");
    settings.put("PULLSAFE_DEMO_DATA", "true");
    // Both nodes must open the two-factor secrets either of them sealed.
    byte[] totpKey = new byte[32];
    new java.security.SecureRandom().nextBytes(totpKey);
    settings.put("PULLSAFE_TOTP_KEY", java.util.Base64.getEncoder().encodeToString(totpKey));
    settings.put("PULLSAFE_MAIL_RETRY_SECONDS", "2");
    // Reminders would add mails at a moment that depends on the weekday; ReminderIT covers them.
    settings.put("PULLSAFE_REMINDER_TIMER_OFF", "true");
    if (System.getProperty("pullsafe.test.smtp.port") != null) {
      settings.put("pullsafe.smtp.host", System.getProperty("pullsafe.test.smtp.host"));
      settings.put("pullsafe.smtp.port", System.getProperty("pullsafe.test.smtp.port"));
    }
    first.start(settings);
    second.start(settings);
    first.awaitReady(START_TIMEOUT);
    second.awaitReady(START_TIMEOUT);
    balancer = FailoverProxy.start(List.of(first.httpPort(), second.httpPort()));
  }

  @AfterAll
  static void stopCluster() throws IOException {
    if (balancer != null) {
      balancer.close();
    }
    for (ClusterNode node : new ClusterNode[] {first, second}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  @Order(1)
  void nodesStartingAtOnceMigrateTheSchemaAndBootstrapOnlyOnce() throws Exception {
    long migrations;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
    assertEquals(migrations, number("select count(*) from flyway_schema_history where success"));
    assertEquals(
        migrations,
        number("select count(distinct version) from flyway_schema_history where success"));
    assertEquals(0, number("select count(*) from flyway_schema_history where not success"));
    assertEquals(1, number("select count(*) from app_user where role = 'PLATFORM_ADMIN'"));
    assertEquals(1, number("select count(*) from tenant where slug = 'demo'"));
    assertEquals(
        number("select count(*) from app_user where email like '%@demo.test'"),
        number("select count(distinct email) from app_user where email like '%@demo.test'"));
  }

  @Test
  @Order(2)
  void theNodesFormOneCluster() {
    Awaitility.await("both nodes in one cluster view")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertTrue(
                    BOTH_IN_ONE_VIEW.matcher(first.serverLog() + second.serverLog()).find(),
                    "no view with both nodes:\n"
                        + tail(first.serverLog())
                        + "\n---\n"
                        + tail(second.serverLog())));
  }

  @Test
  @Order(3)
  void aPeriodicTaskIsClaimedByOneNodePerInterval() throws Exception {
    String task = "cluster-test-task";
    Duration interval = Duration.ofMinutes(5);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch together = new CountDownLatch(2);
      Callable<Boolean> claim =
          () -> {
            try (Connection db = connectToClusterDatabase()) {
              together.countDown();
              together.await();
              return ClusterSchedule.claim(db, task, interval);
            }
          };
      Future<Boolean> one = nodes.submit(claim);
      Future<Boolean> other = nodes.submit(claim);
      assertTrue(one.get() ^ other.get(), "exactly one of two simultaneous claims wins");
      try (Connection db = connectToClusterDatabase()) {
        assertFalse(ClusterSchedule.claim(db, task, interval), "claimed again within the interval");
      }
    } finally {
      nodes.shutdownNow();
    }
    // The nodes' own alert-mail retry claims the same way (every 2 s in this test).
    assertEquals(
        1, number("select count(*) from scheduled_task_run where task = 'alert-mail-retry'"));
  }

  @Test
  @Order(4)
  void aCoachKeepsTheirSessionAndHalfDoneReviewWhenTheirNodeDies() throws SQLException {
    Team team = new Team(balancer.url(), "cluster");
    Team.Person athlete = team.athlete("Nora Node");
    long report = team.report(athlete, 0, Team.red());

    try (Browser browser = Browser.open(balancer.url(), 1280, 900)) {
      browser.signIn(team.coach.email(), Team.PASSWORD);
      browser.open("/coach/review.xhtml?id=" + report);
      browser.pick("review:decision", "Override: set another level");
      browser.await(By.id("review:reason"));
      browser.choose("review:overrideLevel", "AMBER");
      browser.clickAndWaitForAjax(By.id("review:submit"));
      assertTrue(
          browser.fieldText("review:reason").contains("is required when you override"),
          "node1 kept the override in the view: " + browser.fieldText("review:reason"));
      browser.type("review:note", NOTE);
      assertEquals(0, balancer.connectionsTo(1), "node1 served everything so far");

      first.kill();
      assertFalse(first.isAlive());

      browser.type("review:reason", REASON);
      browser.clickAndWaitForAjax(By.id("review:submit"));
      String summary = browser.await(By.id("review-summary")).getText();
      assertTrue(summary.contains(REASON), summary);
      assertTrue(summary.contains(NOTE), summary);
      assertTrue(summary.contains("Amber"), summary);
      assertTrue(balancer.connectionsTo(1) > 0, "node2 took over");

      browser.open("/coach/index.xhtml");
      assertTrue(
          browser.driver().getCurrentUrl().contains("/coach/index.xhtml"),
          "still signed in on node2: " + browser.driver().getCurrentUrl());
    }
    assertEquals(
        1,
        number("select count(*) from review where report_id = ? and reason = ?", report, REASON));
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 4000));
  }

  private static String freshDatabase() throws SQLException {
    try (Connection db = Database.connect();
        Statement sql = db.createStatement()) {
      sql.execute("drop database if exists " + DATABASE + " with (force)");
      sql.execute("create database " + DATABASE);
    }
    return System.getProperty("pullsafe.test.db.url")
        .replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + DATABASE);
  }

  private static Connection connectToClusterDatabase() throws SQLException {
    return Database.connect(databaseUrl);
  }

  private static long number(String sql, Object... parameters) throws SQLException {
    try (Connection db = connectToClusterDatabase()) {
      return Database.number(db, sql, parameters);
    }
  }
}
