package com.pullsafe.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

/** The JSON API as the tests use it: requests with credentials, answers read as JSON. */
public final class Api {

  public static final String DEMO_PASSWORD = "demo-pass-2026";
  public static final String NEW_PASSWORD = "a-long-secret-2026";

  private final URL base;
  private final Http http;

  public Api(URL base) {
    this.base = base;
    this.http = new Http(base);
  }

  /**
   * The platform admin's credentials: a Bearer token made on the profile page after signing in with
   * both factors ({@link PlatformAdmin}); HTTP Basic does not open the API to a platform admin.
   */
  public String platformAdmin() {
    return PlatformAdmin.bearer(base);
  }

  public Http http() {
    return http;
  }

  /** Basic credentials of a demo user, e.g. {@code demo("coach.ana")}. */
  public static String demo(String localPart) {
    return Http.basic(localPart + "@demo.test", DEMO_PASSWORD);
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }

  /**
   * Bearer credentials of a new token that {@code auth} (usually Basic) makes for itself: many
   * requests of one account in a short time would meet the sign-in throttle over Basic.
   */
  public String tokenOf(String auth, String name) {
    return bearer(
        post("/api/v1/me/tokens", auth, Json.createObjectBuilder().add("name", name))
            .expect(201)
            .object()
            .getString("token"));
  }

  /** A unique suffix, so that every test run makes its own tenants and people. */
  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public Reply get(String path, String auth) {
    return new Reply(auth == null ? http.get(path) : http.get(path, "Authorization", auth));
  }

  public Reply post(String path, String auth, JsonObjectBuilder body) {
    return post(path, auth, body.build());
  }

  public Reply post(String path, String auth, JsonObject body) {
    return post(path, auth, body.toString());
  }

  public Reply post(String path, String auth, String body) {
    return send("POST", path, auth, body);
  }

  public Reply put(String path, String auth, JsonObjectBuilder body) {
    return send("PUT", path, auth, body.build().toString());
  }

  public Reply delete(String path, String auth) {
    return new Reply(http.json("DELETE", path, null, "Authorization", auth));
  }

  /** A raw body (null: none at all) as application/json, accepting JSON; {@code auth} optional. */
  public Reply send(String method, String path, String auth, String body) {
    return new Reply(
        auth == null
            ? http.json(method, path, body, "Accept", "application/json")
            : http.json(method, path, body, "Authorization", auth, "Accept", "application/json"));
  }

  /** A new tenant opened by the platform admin; its admin signs in with {@link #NEW_PASSWORD}. */
  public TenantFixture newTenant(String label) {
    String slug = label + "-" + unique();
    String adminEmail = "admin@" + slug + ".test";
    Reply created =
        post(
            "/api/v1/tenants",
            platformAdmin(),
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Tenant " + slug)
                .add("adminEmail", adminEmail)
                .add("adminDisplayName", "Admin " + slug)
                .add("adminPassword", NEW_PASSWORD));
    created.expect(201);
    return new TenantFixture(
        created.object().getJsonNumber("id").longValue(),
        slug,
        Http.basic(adminEmail, NEW_PASSWORD));
  }

  /** Adds a person (coach or athlete) as {@code auth}; returns the created object. */
  public JsonObject newPerson(String kind, String auth, String email, Long coachId) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("displayName", "Person " + email)
            .add("password", NEW_PASSWORD);
    if (coachId != null) {
      body.add("coachId", coachId);
    }
    return post("/api/v1/" + kind, auth, body).expect(201).object();
  }

  /** A tenant made for one test class: its id, slug and its admin's Basic credentials. */
  public record TenantFixture(long id, String slug, String admin) {

    public String email(String localPart) {
      return localPart + "@" + slug + ".test";
    }
  }

  /** One answer of the API. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    /** Fails unless the status is {@code expected}, showing the body. */
    public Reply expect(int expected) {
      if (status() != expected) {
        throw new AssertionError("expected " + expected + " but was " + status() + ": " + body());
      }
      return this;
    }

    public JsonObject object() {
      return read().asJsonObject();
    }

    public JsonArray array() {
      return read().asJsonArray();
    }

    /** Fails unless this is a problem+json answer with {@code expected} as its status. */
    public Reply expectProblem(int expected) {
      expect(expected);
      if (!isProblem()) {
        throw new AssertionError(
            "not a " + expected + " problem: " + header("Content-Type") + " " + body());
      }
      return this;
    }

    public long id() {
      return object().getJsonNumber("id").longValue();
    }

    public boolean isProblem() {
      return header("Content-Type").startsWith("application/problem+json")
          && object().getInt("status") == status();
    }

    /** The fields a 400 problem names. */
    public List<String> errorFields() {
      JsonArray errors = object().getJsonArray("errors");
      return errors == null
          ? List.of()
          : errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private JsonValue read() {
      try (var reader = Json.createReader(new StringReader(body()))) {
        return reader.readValue();
      }
    }
  }

  public static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
