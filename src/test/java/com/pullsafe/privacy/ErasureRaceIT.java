package com.pullsafe.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An erasure and a report submission of the same athlete run one after the other, never
 * interleaved: the test holds the athlete's row (as a writer that changes no key would), starts the
 * erasure, waits until it waits, then starts the submission and waits until that waits too or is
 * done, and lets go. Without both locking the athlete first, the erasure deletes the reports it
 * sees and then waits to update the athlete while the submission stores a report it never sees: a
 * report of an erased athlete stays behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErasureRaceIT {

  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String WAITING_FOR_A_LOCK =
      "select count(*) from pg_stat_activity where datname = current_database() and"
          + " wait_event_type = 'Lock'";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  @Test
  void aReportSubmittedWhileTheAthleteIsErasedIsErasedOrRefusedNeverLeftBehind() throws Exception {
    Api api = new Api(base);
    Api.TenantFixture tenant = api.newTenant("race");
    long coach =
        api.newPerson("coaches", tenant.admin(), tenant.email("coach"), null)
            .getJsonNumber("id")
            .longValue();
    String email = tenant.email("athlete");
    long athlete =
        api.newPerson("athletes", tenant.admin(), email, coach).getJsonNumber("id").longValue();
    String week = IsoWeek.containing(LocalDate.now(ZoneOffset.UTC)).toString();
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try (Connection holder = Database.connect()) {
      holder.setAutoCommit(false);
      hold(holder, athlete);

      CompletableFuture<Integer> erasure =
          CompletableFuture.supplyAsync(
              () ->
                  api.post("/api/v1/athletes/" + athlete + "/erasure", tenant.admin(), "").status(),
              callers);
      Awaitility.await().atMost(BOUND).until(() -> Database.number(WAITING_FOR_A_LOCK) >= 1);
      CompletableFuture<Integer> submission =
          CompletableFuture.supplyAsync(
              () ->
                  api.post(
                          "/api/v1/reports",
                          Http.basic(email, Api.NEW_PASSWORD),
                          DataRightsIT.amber("racing note").add("week", week))
                      .status(),
              callers);
      Awaitility.await()
          .atMost(BOUND)
          .until(() -> submission.isDone() || Database.number(WAITING_FOR_A_LOCK) >= 2);
      holder.commit();

      assertEquals(200, erasure.get(BOUND.toSeconds(), TimeUnit.SECONDS), "erased");
      int submitted = submission.get(BOUND.toSeconds(), TimeUnit.SECONDS);
      assertTrue(
          List.of(201, 409).contains(submitted), "stored before or refused after: " + submitted);
    } finally {
      callers.shutdownNow();
    }
    for (String table : List.of("weekly_report", "triage_result")) {
      assertEquals(
          0,
          Database.number("select count(*) from " + table + " where athlete_id = ?", athlete),
          table + " of the erased athlete left behind");
    }
  }

  /** Locks the athlete's row as an update of its non-key columns would, until the commit. */
  private static void hold(Connection holder, long athlete) throws SQLException {
    try (PreparedStatement lock =
        holder.prepareStatement("select id from athlete where id = ? for no key update")) {
      lock.setLong(1, athlete);
      lock.executeQuery().close();
    }
  }
}
