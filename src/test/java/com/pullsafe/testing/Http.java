package com.pullsafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for tests against the deployed app: no redirects followed. */
public final class Http {

  private final URL base;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public Http(URL base) {
    this.base = base;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).headers(withDefaults(headers)).GET().build());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .headers(withDefaults(headers))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Sends {@code body} (null for none) as application/json with {@code method}. */
  public HttpResponse<String> json(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).headers(withDefaults(headers));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return send(
        request
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Sends a raw request: any method, body and headers, exactly as given. */
  public HttpResponse<String> raw(String method, String path, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .headers(withDefaults(headers))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Sends {@code body} without announcing its length (chunked), as a streaming client would. */
  public HttpResponse<String> chunked(String method, String path, String body, String... headers) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .version(HttpClient.Version.HTTP_1_1)
            .headers(withDefaults(headers))
            .method(
                method,
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body)))
            .build());
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public URI uri(String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  private static String[] withDefaults(String... headers) {
    if (headers.length > 0) {
      return headers;
    }
    return new String[] {"Accept", "*/*"};
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
