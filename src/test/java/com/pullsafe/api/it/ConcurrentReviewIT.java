package com.pullsafe.api.it;

import static com.pullsafe.api.it.ApiFixtures.ANA;
import static com.pullsafe.api.it.ApiFixtures.DEMO_ADMIN;
import static com.pullsafe.api.it.ApiFixtures.red;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.api.it.ApiFixtures.Login;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.PageSession;
import com.pullsafe.testing.PageSession.Page;
import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing lost under faults: two coaches review the same flagged report at once. Exactly one review
 * is stored; the other coach gets 409 problem details over the API, or a clear message on the
 * review page, and nothing of theirs is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentReviewIT {

  private static final String DEMO_PASSWORD = "demo-pass-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ApiFixtures.deployment();
  }

  @ArquillianResource private URL base;

  @RepeatedTest(3)
  void twoReviewsSentAtOnceOverTheApiStoreOneAndAnswerTheOther409() throws Exception {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);
    long reportId = new ApiFixtures(api).submit(athlete, red("2026-W10"));
    String path = "/api/v1/reports/" + reportId + "/review";

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (String coach : List.of(ANA, DEMO_ADMIN)) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post(
                      path,
                      coach,
                      Json.createObjectBuilder()
                          .add("decision", "CONFIRM")
                          .add("noteToAthlete", "by " + (coach.equals(ANA) ? "ana" : "admin")));
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Api.Reply> reply : replies) {
        Api.Reply answer = reply.get(60, TimeUnit.SECONDS);
        statuses.add(answer.status());
        if (answer.status() == 409) {
          answer.expectProblem(409);
        }
      }
      Collections.sort(statuses);
      assertTrue(
          statuses.get(0) / 100 == 2 && statuses.get(1) == 409,
          "expected one 2xx and one 409, got " + statuses);
    } finally {
      pool.shutdownNow();
    }
    String review = api.get("/api/v1/reports/" + reportId, ANA).expect(200).body();
    assertEquals(1, occurrences(review, "\"by "), review);
  }

  @Test
  void theSecondCoachToSubmitTheReviewPageIsToldSomeoneElseReviewedIt() {
    Api api = new Api(base);
    Login athlete = new ApiFixtures(api).athleteOf(ANA);
    long reportId = new ApiFixtures(api).submit(athlete, red("2026-W11"));
    PageSession ana = new PageSession(base);
    ana.signIn("coach.ana@demo.test", DEMO_PASSWORD);
    PageSession admin = new PageSession(base);
    admin.signIn("admin@demo.test", DEMO_PASSWORD);
    Page anaForm = ana.get("/coach/review.xhtml?id=" + reportId);
    Page adminForm = admin.get("/coach/review.xhtml?id=" + reportId);

    String firstNote = "first-" + ApiFixtures.unique();
    String secondNote = "second-" + ApiFixtures.unique();
    Page first = ana.submit(anaForm, "review", "review:submit", confirmWithNote(firstNote));
    Page second = admin.submit(adminForm, "review", "review:submit", confirmWithNote(secondNote));

    assertEquals(200, first.status());
    assertTrue(first.html().contains("id=\"review-summary\""), "the first review was not shown");
    assertEquals(200, second.status());
    assertTrue(
        second.html().contains("already been reviewed")
            || second.html().contains("Someone else reviewed this report"),
        "the second coach was not told: " + second.title());
    String stored = api.get("/api/v1/reports/" + reportId, ANA).expect(200).body();
    assertTrue(stored.contains(firstNote) && !stored.contains(secondNote), stored);
  }

  private static Map<String, String> confirmWithNote(String note) {
    return Map.of("review:decision", "CONFIRM", "review:note", note);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
