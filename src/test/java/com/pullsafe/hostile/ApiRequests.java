package com.pullsafe.hostile;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Generates malformed and mutated requests to every endpoint of the API, each from a valid one
 * (right caller, right body) with one kind of damage: its body, its content type, its headers, its
 * path, its query string or its method.
 */
final class ApiRequests {

  enum Kind {
    BODY,
    CONTENT_TYPE,
    HEADERS,
    PATH,
    QUERY,
    METHOD
  }

  /** A request made, with what was done to it. */
  record Made(Kind kind, RawHttp.Request request, String damage) {}

  /** An endpoint as a valid request has it: {@code {id}} stands for {@code id}. */
  private record Endpoint(
      String method, String template, long id, HostileTenant.Person caller, JsonObject body) {

    String path() {
      return template.replace("{id}", Long.toString(id));
    }

    boolean isList() {
      return method.equals("GET") && (!template.contains("{id}") || template.endsWith("/history"));
    }
  }

  private static final List<String> CONTENT_TYPES =
      List.of(
          "",
          "text/plain",
          "text/plain; charset=utf-8",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/json; charset=junk",
          "application/json; charset=utf-16",
          "application/json; charset=\"\"",
          "application/json;charset=ISO-8859-1",
          "application/json; charset=utf-8; x=\"unterminated",
          "application/*",
          "*/*",
          "json",
          "application/json, text/plain",
          "application/problem+json",
          "application/merge-patch+json",
          "application/vnd.api+json",
          "application/xml",
          "application/json; boundary=" + "b".repeat(8_000),
          "APPLICATION/JSON",
          "application /json",
          ";",
          "application/json;;;",
          "application/octet-stream",
          "text/json");

  private static final List<String> ACCEPTS =
      List.of(
          "text/html",
          "application/xml",
          "*/*;q=junk",
          "",
          "application/json;q=0",
          "image/png",
          "application/problem+json",
          ",,,",
          "a/b/c",
          "application/json; charset=junk",
          "x".repeat(8_000));

  private static final List<String> IDS =
      List.of(
          "-1",
          "0",
          "00001",
          "1",
          "2",
          "3",
          "9223372036854775807",
          "9223372036854775808",
          "99999999999999999999999",
          "1e3",
          "0x10",
          "%00",
          "1%00",
          "%2F",
          "1%2F2",
          "..",
          "%2e%2e",
          "%201",
          "1;x=y",
          "abc",
          "%zz",
          "%",
          "1.0",
          "+1",
          "NaN",
          "%C0%AE",
          "\u00C3\u0028",
          "%E2%80%AE",
          "9".repeat(5_000));

  private static final List<String> QUERY_VALUES =
      List.of(
          "",
          "-1",
          "0",
          "1",
          "200",
          "201",
          "abc",
          "1e3",
          "%00",
          "9".repeat(30),
          "%zz",
          "%",
          "NaN",
          "%201",
          "%C3%A9",
          "%C3%28",
          "true",
          "false",
          "OPEN",
          "open",
          "REVIEWED",
          "NOT_FLAGGED",
          "RED",
          "GREEN",
          "COACH_ADDED",
          "2026-11-30",
          "2026-02-31",
          "%E2%80%AE",
          "a".repeat(10_000));

  private static final List<String> QUERY_NAMES =
      List.of(
          "page",
          "size",
          "flagged",
          "status",
          "level",
          "athleteId",
          "action",
          "actor",
          "from",
          "to",
          "unknown",
          "PAGE",
          "");

  private final Hostile hostile;
  private final HostileTenant tenant;
  private final List<Endpoint> endpoints = new ArrayList<>();

  ApiRequests(Hostile hostile, HostileTenant t) {
    this.hostile = hostile;
    this.tenant = t;
    JsonObject athlete =
        Json.createObjectBuilder()
            .add("email", "made@" + t.slug + ".test")
            .add("displayName", "Made By Request")
            .add("password", HostileTenant.PASSWORD)
            .add("coachId", t.coach.id())
            .build();
    JsonObject person =
        Json.createObjectBuilder()
            .add("email", "coach.made@" + t.slug + ".test")
            .add("displayName", "Coach Made")
            .add("password", HostileTenant.PASSWORD)
            .build();
    JsonObject newTenant =
        Json.createObjectBuilder()
            .add("slug", t.slug + "-x")
            .add("name", "Made Tenant")
            .add("adminEmail", "admin@" + t.slug + "-x.test")
            .add("adminDisplayName", "Made Admin")
            .add("adminPassword", HostileTenant.PASSWORD)
            .build();
    JsonObject amended = HostileTenant.amber().add("week", t.thisWeek).build();
    JsonObject fresh =
        Json.createObjectBuilder()
            .add("week", t.thisWeek)
            .add("topSetKg", 142.5)
            .add("topSetReps", 3)
            .add("painScore", 0)
            .add("walkingMinutesPerDay", 110)
            .add("notes", "All good.")
            .build();
    JsonObject settings =
        Json.createObjectBuilder()
            .add("progressionCapPercent", 5)
            .add("plateIncrementKg", 2.5)
            .add("walkingTargetMinutes", 100)
            .build();
    JsonObject review =
        Json.createObjectBuilder()
            .add("decision", "OVERRIDE")
            .add("overrideLevel", "GREEN")
            .add("reason", "Seen by a physio: nothing serious.")
            .add("noteToAthlete", "Light pulls this week.")
            .add(
                "assign",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("alternative", "ROMANIAN_DEADLIFT")
                            .add("sets", 3)
                            .add("reps", 8)
                            .add("loadKg", 60.5)
                            .add("tempo", "3-1-3")))
            .add("relearningBlock", false)
            .build();

    add("GET", "/api/v1/me", 0, t.amender, null);
    add("GET", "/api/v1/alternatives", 0, t.amender, null);
    add("GET", "/api/v1/me/tokens", 0, t.amender, null);
    add("POST", "/api/v1/me/tokens", 0, t.amender, object("name", "Phone"));
    add("DELETE", "/api/v1/me/tokens/{id}", t.spareToken, t.coach, null);
    add("GET", "/api/v1/me/notifications", 0, t.coach, null);
    add("POST", "/api/v1/tenants", 0, t.platform, newTenant);
    add("GET", "/api/v1/tenants", 0, t.platform, null);
    add("POST", "/api/v1/coaches", 0, t.admin, person);
    add("POST", "/api/v1/athletes", 0, t.admin, athlete);
    add("POST", "/api/v1/athletes", 0, t.coach, athlete);
    add("GET", "/api/v1/athletes", 0, t.admin, null);
    add("GET", "/api/v1/athletes/{id}", t.amender.id(), t.coach, null);
    add("GET", "/api/v1/athletes/{id}/program", t.amender.id(), t.amender, null);
    add(
        "POST",
        "/api/v1/athletes/{id}/clearance",
        t.redAthlete.id(),
        t.coach,
        object("note", "ok"));
    add("POST", "/api/v1/reports", 0, t.reporter, fresh);
    add("PUT", "/api/v1/reports/{id}", t.amberReport, t.amender, amended);
    add("GET", "/api/v1/reports/{id}", t.amberReport, t.coach, null);
    add("GET", "/api/v1/reports", 0, t.coach, null);
    add("POST", "/api/v1/reports/{id}/review", t.amberReport, t.coach, review);
    add(
        "PUT",
        "/api/v1/coaches/{id}",
        t.coach.id(),
        t.admin,
        object("displayName", "Coach Renamed"));
    add("PUT", "/api/v1/athletes/{id}", t.reporter.id(), t.coach, object("displayName", "Renamed"));
    add(
        "PUT",
        "/api/v1/athletes/{id}/coach",
        t.reporter.id(),
        t.admin,
        Json.createObjectBuilder().add("coachId", t.coach.id()).build());
    add("GET", "/api/v1/athletes/{id}/history", t.amender.id(), t.coach, null);
    add("GET", "/api/v1/athletes/{id}/history/export.csv", t.amender.id(), t.coach, null);
    add("GET", "/api/v1/settings", 0, t.admin, null);
    add("PUT", "/api/v1/settings", 0, t.admin, settings);
    add("GET", "/api/v1/audit-entries", 0, t.admin, null);
  }

  private static JsonObject object(String name, String value) {
    return Json.createObjectBuilder().add(name, value).build();
  }

  private void add(
      String method, String template, long id, HostileTenant.Person caller, JsonObject body) {
    endpoints.add(new Endpoint(method, template, id, caller, body));
  }

  Made next(Kind kind) {
    return switch (kind) {
      case BODY -> body();
      case CONTENT_TYPE -> contentType();
      case HEADERS -> headers();
      case PATH -> path();
      case QUERY -> query();
      case METHOD -> method();
    };
  }

  private Made body() {
    Endpoint e = hostile.pick(endpoints.stream().filter(x -> x.body() != null).toList());
    MutatedJson json = new MutatedJson(hostile, e.body());
    byte[] body = json.mutate(hostile.between(1, 3));
    RawHttp.Request request = valid(e).body(body);
    request.chunked = hostile.chance(0.1);
    return new Made(Kind.BODY, request, e.method() + " " + e.template() + " " + json.applied());
  }

  private Made contentType() {
    Endpoint e = hostile.pick(endpoints.stream().filter(x -> x.body() != null).toList());
    String type = hostile.pick(CONTENT_TYPES);
    RawHttp.Request request = authorized(new RawHttp.Request(e.method(), e.path()), e);
    if (!type.isEmpty()) {
      request.header("Content-Type", type);
    }
    byte[] body =
        hostile.chance(0.3)
            ? new MutatedJson(hostile, e.body()).mutate(1)
            : e.body().toString().getBytes(StandardCharsets.UTF_8);
    return new Made(Kind.CONTENT_TYPE, request.body(body), "Content-Type: " + shorten(type));
  }

  private Made headers() {
    Endpoint e = hostile.pick(endpoints);
    RawHttp.Request request = new RawHttp.Request(e.method(), e.path());
    String damage;
    switch (hostile.between(0, 9)) {
      case 0, 1 -> {
        damage = junkAuthorization(request, e);
      }
      case 2 -> {
        String accept = hostile.pick(ACCEPTS);
        request.header("Accept", accept);
        authorized(request, e);
        damage = "Accept: " + shorten(accept);
      }
      case 3 -> {
        int size = hostile.pick(List.of(8_000, 60_000, 200_000));
        request.header("X-Junk", "h".repeat(size));
        authorized(request, e);
        damage = "a header of " + size + " characters";
      }
      case 4 -> {
        for (int i = 0; i < 300; i++) {
          request.header("X-Many-" + i, "v");
        }
        authorized(request, e);
        damage = "300 headers";
      }
      case 5 -> {
        authorized(request, e);
        request.header("Content-Type", "text/plain");
        request.header("Authorization", "Bearer psk_second");
        damage = "repeated Content-Type and Authorization";
      }
      case 6 -> {
        String cookie =
            hostile.pick(
                List.of(
                    "JSESSIONID=junk",
                    "JSESSIONID=" + "c".repeat(4_000),
                    "a=b; " + "x=y; ".repeat(500),
                    "=;=;=",
                    "JSESSIONID=\u00C3\u0028"));
        if (hostile.chance(0.3)) {
          request.header("Cookie", "first=fine");
        }
        request.header("Cookie", cookie);
        authorized(request, e);
        damage = "Cookie: " + shorten(cookie);
      }
      case 7 -> {
        String forwarded =
            hostile.pick(List.of("https, http", "", "junk", "\u00C3\u0028", "999.999.999.999"));
        request.header("X-Forwarded-Proto", forwarded);
        request.header("X-Forwarded-For", forwarded);
        request.header("Forwarded", "for=" + forwarded + ";proto=" + forwarded);
        authorized(request, e);
        damage = "forwarding headers " + shorten(forwarded);
      }
      case 8 -> {
        String[] header =
            hostile.pick(
                List.of(
                    new String[] {"Accept-Charset", "junk"},
                    new String[] {"Accept-Language", "??;q=x"},
                    new String[] {"Content-Encoding", "gzip"},
                    new String[] {"Range", "bytes=junk"},
                    new String[] {"If-None-Match", "\"" + "e".repeat(1000)},
                    new String[] {"Origin", "null"},
                    new String[] {"X-HTTP-Method-Override", "DELETE"},
                    new String[] {"Faces-Request", "partial/ajax"},
                    new String[] {"X-Junk", "caf\u00E9 \u00C3\u0028"}));
        request.header(header[0], header[1]);
        authorized(request, e);
        damage = header[0] + ": " + shorten(header[1]);
      }
      default -> {
        String length = hostile.pick(List.of("-1", "abc", "1, 2", "0x10", " "));
        authorized(request, e);
        request.header("Content-Length", length);
        damage = "Content-Length: " + length;
        if (e.body() != null) {
          request.header("Content-Type", "application/json");
        }
        request.announceLength = false;
        return new Made(
            Kind.HEADERS, request.body(e.body() == null ? new byte[0] : bytes(e.body())), damage);
      }
    }
    if (e.body() != null) {
      if (!request.hasHeader("Content-Type")) {
        request.header("Content-Type", "application/json");
      }
      request.body(bytes(e.body()));
    }
    return new Made(Kind.HEADERS, request, damage);
  }

  /**
   * Authorization that is not a valid sign-in. No well-formed Basic credentials: each would cost a
   * password hash and count towards a sign-in throttle that later tests need open. That leaves out
   * U+0000 in a Basic login, which {@code ApiSignInRefusalIT} covers with a test of its own.
   */
  private String junkAuthorization(RawHttp.Request request, Endpoint e) {
    String token = e.caller().bearer().substring("Bearer ".length());
    String value =
        hostile.pick(
            List.of(
                "Bearer",
                "Bearer ",
                "Bearer psk_" + "a".repeat(43),
                "Bearer " + "t".repeat(10_000),
                "Bearer " + token + "x",
                "Bearer " + token.substring(0, token.length() - 1),
                "Bearer  " + token + " extra",
                "Bearer psk_\u00C3\u0028",
                "Basic",
                "Basic ",
                "Basic !!!",
                "Basic " + b64("no-colon-at-all"),
                "Basic " + b64(":"),
                "Basic " + b64(":password-without-login"),
                "Basic =",
                "Digest username=\"x\"",
                "Negotiate YII=",
                "",
                "\u00C3\u0028"));
    if (hostile.chance(0.2)) {
      request.header("Authorization", e.caller().bearer());
    }
    request.header("Authorization", value);
    request.header("Accept", "application/json");
    return "Authorization: " + shorten(value);
  }

  private Made path() {
    Endpoint e = hostile.pick(endpoints);
    String path;
    String damage;
    if (e.template().contains("{id}") && hostile.chance(0.5)) {
      String id = junkId(e);
      path = e.template().replace("{id}", id);
      damage = "id " + shorten(id);
    } else {
      String valid = e.path();
      int cut = valid.indexOf('/', 1 + valid.indexOf("/v1"));
      String tail = cut < 0 ? "" : valid.substring(cut);
      path =
          hostile.pick(
              List.of(
                  "/" + valid,
                  valid.replace("/v1/", "/v1/./"),
                  valid.replace("/v1/", "/v1/../v1/"),
                  valid.replace("/api/", "/api/v1/../"),
                  valid + "/",
                  valid + "/extra",
                  valid.toUpperCase(),
                  valid.replace("/v1/", "/v1%2F"),
                  valid.replace("/v1/", "/v1\\"),
                  valid + ";jsessionid=abc",
                  valid + "%00",
                  valid + "/%00",
                  valid + "?",
                  valid + "#fragment",
                  valid.replace("/api/", "/%61pi/"),
                  valid.replace("/api/", "/api/%2e%2e/api/"),
                  "/api/v2" + tail,
                  "/api" + tail,
                  "/api/v1/../../../../etc/passwd",
                  "/api/v1/" + "a/".repeat(3_000),
                  valid.replace("/", "//")));
      damage = "path " + shorten(path);
    }
    RawHttp.Request request = valid(e, path);
    return new Made(Kind.PATH, request, e.method() + " " + damage);
  }

  private String junkId(Endpoint e) {
    String id = hostile.pick(IDS);
    // Never the caller's own token: revoking it would end the run's access, not test anything.
    return e.template().startsWith("/api/v1/me/tokens") && id.matches("\\d+") ? "-" + id : id;
  }

  private Made query() {
    Endpoint e = hostile.pick(endpoints.stream().filter(Endpoint::isList).toList());
    StringBuilder query = new StringBuilder("?");
    int parameters = hostile.between(1, 4);
    for (int i = 0; i < parameters; i++) {
      if (i > 0) {
        query.append(hostile.pick(List.of("&", "&&", ";", "&")));
      }
      String name = hostile.pick(QUERY_NAMES);
      query.append(name);
      if (hostile.chance(0.9)) {
        query.append('=').append(hostile.pick(QUERY_VALUES));
      }
    }
    String target = e.path() + query;
    return new Made(Kind.QUERY, valid(e, target), "query " + shorten(query.toString()));
  }

  private Made method() {
    Endpoint e = hostile.pick(endpoints);
    String method =
        hostile.pick(
            List.of("PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "get", "DELETE", "PUT", "POST"));
    RawHttp.Request request = authorized(new RawHttp.Request(method, e.path()), e);
    request.header("Accept", "application/json");
    if (e.body() != null && !method.equals("HEAD") && !method.equals("TRACE")) {
      request.header("Content-Type", "application/json").body(bytes(e.body()));
    }
    return new Made(Kind.METHOD, request, method + " " + e.template());
  }

  /** The endpoint's valid request, without a body. */
  private RawHttp.Request valid(Endpoint e) {
    return valid(e, e.path());
  }

  private RawHttp.Request valid(Endpoint e, String target) {
    RawHttp.Request request = authorized(new RawHttp.Request(e.method(), target), e);
    request.header("Accept", "application/json");
    if (e.body() != null) {
      request.header("Content-Type", "application/json");
      request.body(bytes(e.body()));
    }
    return request;
  }

  private static RawHttp.Request authorized(RawHttp.Request request, Endpoint e) {
    return request.header("Authorization", e.caller().bearer());
  }

  private static byte[] bytes(JsonObject body) {
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String shorten(String text) {
    String visible = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
    return visible.length() > 60 ? visible.substring(0, 60) + "…(" + text.length() + ")" : visible;
  }
}
