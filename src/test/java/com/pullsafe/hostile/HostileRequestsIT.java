package com.pullsafe.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile-input tier: a few thousand malformed and mutated requests, generated from a seeded
 * random source, to every endpoint of the API (bodies, content types, headers, paths, query
 * strings, methods) and to the pages' forms, on loopback, bounded in number and in time. No answer
 * may be a server error; every refusal of the API must be problem details; and a refused request
 * must leave every table as it was. The run prints what it sent and got, and its seed: {@code
 * -Dpullsafe.hostile.seed=N} repeats a run, {@code -Dpullsafe.hostile.requests} and {@code
 * -Dpullsafe.hostile.seconds} bound it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

  private static final long SEED = Long.getLong("pullsafe.hostile.seed", 20261101L);
  private static final int REQUESTS = Integer.getInteger("pullsafe.hostile.requests", 3_000);
  private static final Duration TIME_BOUND =
      Duration.ofSeconds(Long.getLong("pullsafe.hostile.seconds", 150));

  /** Of a hundred requests, how many of each kind; the rest go to the pages. */
  private static final Map<ApiRequests.Kind, Integer> API_SHARE =
      Map.of(
          ApiRequests.Kind.BODY, 28,
          ApiRequests.Kind.CONTENT_TYPE, 8,
          ApiRequests.Kind.HEADERS, 12,
          ApiRequests.Kind.PATH, 12,
          ApiRequests.Kind.QUERY, 12,
          ApiRequests.Kind.METHOD, 4);

  /** An empty 4xx without a content type comes from Undertow's request parser, not the app. */
  private static final String HTTP_LAYER = "~ of the API ones, refused by the HTTP layer";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  @Test
  void malformedRequestsNeverGetAServerErrorAreRefusedAsProblemDetailsAndStoreNothing() {
    HostileTenant tenant = new HostileTenant(base);
    Hostile hostile = new Hostile(SEED);
    ApiRequests api = new ApiRequests(hostile, tenant);
    PageForms pages = new PageForms(hostile, base, tenant);
    RawHttp http = new RawHttp(base);
    Tally tally = new Tally();
    long started = System.nanoTime();
    long deadline = started + TIME_BOUND.toNanos();
    boolean timeBound = false;
    int sent = 0;

    try (StoredRows rows = new StoredRows()) {
      Map<String, String> stored = rows.now();
      while (sent < REQUESTS) {
        if (System.nanoTime() > deadline) {
          timeBound = true;
          break;
        }
        int roll = hostile.between(0, 99);
        ApiRequests.Kind kind = kindOf(roll);
        if (kind == null) {
          boolean junkId = roll >= 96;
          PageForms.Posted posted = junkId ? pages.junkId() : pages.post();
          sent += junkId ? 1 : 2;
          String name = junkId ? "PAGE junk id" : "PAGE form post";
          tally.count(name, posted.status());
          if (!posted.asMeant()) {
            tally.fail(posted.what());
          } else if (posted.status() >= 500) {
            tally.fail(posted.status() + " " + posted.what() + "\n" + posted.excerpt());
          }
          stored = unchanged(rows, stored, tally, posted.what());
          continue;
        }
        ApiRequests.Made made = api.next(kind);
        RawHttp.Answer answer = http.send(made.request());
        sent++;
        tally.count("API " + kind, answer.status());
        check(made, answer, tally);
        if (answer.status() >= 200 && answer.status() < 300) {
          stored = rows.now();
        } else {
          stored = unchanged(rows, stored, tally, made.damage());
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf(
        "Hostile requests, seed %d: %d requests (a form post with the GET before it) in %d s%s%n%s",
        SEED,
        sent,
        took.toSeconds(),
        timeBound ? " (stopped by the time bound of " + TIME_BOUND.toSeconds() + " s)" : "",
        tally.summary());
    assertTrue(tally.requests() > 0, "nothing was sent");
    assertEquals(List.of(), tally.failures(), String.join("\n\n", tally.failures()));
  }

  private static ApiRequests.Kind kindOf(int roll) {
    int upTo = 0;
    for (ApiRequests.Kind kind : ApiRequests.Kind.values()) {
      upTo += API_SHARE.get(kind);
      if (roll < upTo) {
        return kind;
      }
    }
    return null;
  }

  /** No server error; under /api/, every refusal is problem details with its status and title. */
  private static void check(ApiRequests.Made made, RawHttp.Answer answer, Tally tally) {
    String what = made.kind() + " " + made.request() + " — " + made.damage();
    if (answer.status() == 0) {
      tally.fail("no answer: " + what);
      return;
    }
    if (answer.status() >= 500) {
      tally.fail(answer.status() + ": " + what + "\n" + excerpt(answer));
      return;
    }
    boolean api = isApi(made.request().target);
    if (answer.status() < 400 || !api || made.request().method.equals("HEAD")) {
      return;
    }
    if (answer.body().length == 0 && answer.header("Content-Type").isEmpty()) {
      tally.count(HTTP_LAYER, answer.status());
      tally.example(made.damage().replaceAll("\\d+", "N"));
      return;
    }
    String problem = problemIssue(answer);
    if (problem != null) {
      tally.fail(answer.status() + " " + problem + ": " + what + "\n" + excerpt(answer));
    }
  }

  /**
   * Whether the server takes {@code target} for an address of the API: its dot segments (also
   * encoded ones) resolved, as Undertow does before it dispatches.
   */
  static boolean isApi(String target) {
    String path = target.split("[?#]", 2)[0].replaceAll("(?i)%2e", ".");
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.equals("..")) {
        segments.pollLast();
      } else if (!segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return ("/" + String.join("/", segments)).startsWith("/api/");
  }

  /** What keeps the answer from being problem details of its own status; null when it is. */
  private static String problemIssue(RawHttp.Answer answer) {
    if (!answer.header("Content-Type").startsWith("application/problem+json")) {
      return "not problem details (" + answer.header("Content-Type") + ")";
    }
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
      JsonObject problem = reader.readObject();
      if (problem.getInt("status", -1) != answer.status()) {
        return "problem status " + problem.get("status");
      }
      if (problem.getString("title", "").isBlank()) {
        return "problem without a title";
      }
      return null;
    } catch (JsonParsingException | ClassCastException e) {
      return "problem details that are not a JSON object";
    }
  }

  /** The digest now; records a failure naming the tables a refused request changed. */
  private static Map<String, String> unchanged(
      StoredRows rows, Map<String, String> before, Tally tally, String what) {
    Map<String, String> after = rows.now();
    List<String> changed = StoredRows.changed(before, after);
    if (!changed.isEmpty()) {
      tally.fail("a refused request changed " + changed + ": " + what);
    }
    return after;
  }

  private static String excerpt(RawHttp.Answer answer) {
    String text = answer.text();
    return text.substring(0, Math.min(text.length(), 1_500));
  }
}
