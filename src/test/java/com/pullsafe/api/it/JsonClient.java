package com.pullsafe.api.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** JSON requests against the deployed API, with or without credentials; answers read as JSON. */
final class JsonClient {

  private final String base;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  JsonClient(URL base) {
    this.base = base.toString().replaceAll("/$", "");
  }

  Reply get(String path, String auth) {
    return send("GET", path, auth, null);
  }

  Reply post(String path, String auth, JsonObjectBuilder body) {
    return post(path, auth, body.build());
  }

  Reply post(String path, String auth, JsonObject body) {
    return send("POST", path, auth, body.toString());
  }

  Reply put(String path, String auth, JsonObjectBuilder body) {
    return send("PUT", path, auth, body.build().toString());
  }

  /** A raw body (null: none at all) as application/json. */
  Reply send(String method, String path, String auth, String body) {
    List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
    if (auth != null) {
      headers.addAll(List.of("Authorization", auth));
    }
    if (body != null) {
      headers.addAll(List.of("Content-Type", "application/json"));
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .headers(headers.toArray(String[]::new))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return new Reply(client.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One answer of the API. */
  record Reply(HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    /** Fails unless the status is {@code expected}, showing the body. */
    Reply expect(int expected) {
      if (status() != expected) {
        throw new AssertionError("expected " + expected + " but was " + status() + ": " + body());
      }
      return this;
    }

    /** Fails unless this is a problem+json answer with {@code expected} as its status. */
    Reply expectProblem(int expected) {
      expect(expected);
      if (!header("Content-Type").startsWith("application/problem+json")
          || object().getInt("status") != expected) {
        throw new AssertionError(
            "not a " + expected + " problem: " + header("Content-Type") + " " + body());
      }
      return this;
    }

    JsonObject object() {
      return read().asJsonObject();
    }

    JsonArray array() {
      return read().asJsonArray();
    }

    long id() {
      return object().getJsonNumber("id").longValue();
    }

    /** The fields a 400 problem names. */
    List<String> errorFields() {
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
}
