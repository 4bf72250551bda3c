package com.pullsafe.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * The browser hardening headers of every answer, decided when the answer is committed, so that
 * redirects, error pages and the authentication mechanism's 401/429 carry them too.
 *
 * <ul>
 *   <li>Always: {@code nosniff}, no framing, the referrer only to this origin, no camera,
 *       microphone or location, a browsing context of its own; HSTS once the request is known to
 *       have come over HTTPS (directly or through a trusted proxy).
 *   <li>Content-Security-Policy: API answers allow nothing; a JSF page keeps the nonce policy
 *       PrimeFaces wrote; any other HTML (static pages, the container's error pages) gets {@link
 *       #PAGE_POLICY}, without inline script.
 *   <li>Cache-Control: {@code no-store} on everything the code answers (pages, API, redirects,
 *       errors): they carry health data or one-time tokens. Files (JSF resources, webjars, scripts
 *       and styles) keep their caching, one year for those whose URL carries their version.
 * </ul>
 */
public final class SecurityHeaders {

  /** For HTML that PrimeFaces did not render: scripts and styles from the app's own files only. */
  public static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** For API answers: data, never a document that could run or embed anything. */
  public static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

  public static final String NO_STORE = "no-store";
  public static final String VERSIONED_FILE = "public, max-age=31536000, immutable";
  public static final String HSTS = "max-age=31536000";

  private static final Set<String> FILE_FOLDERS =
      Set.of("jakarta.faces.resource", "javax.faces.resource", "resources", "webjars");
  private static final Set<String> FILE_TYPES =
      Set.of(
          "js",
          "css",
          "map",
          "png",
          "jpg",
          "svg",
          "ico",
          "gif",
          "woff",
          "woff2",
          "ttf",
          "html",
          "webmanifest");

  /** The headers of the answer being committed, as the server holds them. */
  public interface Answer {
    int status();

    String header(String name);

    void setHeader(String name, String value);
  }

  private SecurityHeaders() {}

  /**
   * Sets the headers on an answer to a request for {@code path} (within the application, as
   * received) with {@code query} (or null); {@code secure} says whether it came over HTTPS.
   */
  public static void apply(String path, String query, boolean secure, Answer answer) {
    answer.setHeader("X-Content-Type-Options", "nosniff");
    answer.setHeader("X-Frame-Options", "DENY");
    answer.setHeader("Referrer-Policy", "same-origin");
    answer.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    answer.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (secure) {
      answer.setHeader("Strict-Transport-Security", HSTS);
    }
    String normal = normalize(path);
    boolean api = normal.equals("/api") || normal.startsWith("/api/");
    if (api) {
      answer.setHeader("Content-Security-Policy", DATA_POLICY);
    } else if (answer.header("Content-Security-Policy") == null && isHtml(answer)) {
      answer.setHeader("Content-Security-Policy", PAGE_POLICY);
    }
    boolean file = !api && isFile(path) && (answer.status() == 200 || answer.status() == 304);
    if (!file) {
      answer.setHeader("Cache-Control", NO_STORE);
    } else if (isVersioned(query)) {
      answer.setHeader("Cache-Control", VERSIONED_FILE);
    }
  }

  /**
   * The path with empty and {@code .} segments dropped and {@code ..} applied, so that {@code
   * //api/v1/me} or {@code /x/../api/v1/me} count as the API they reach.
   */
  static String normalize(String path) {
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : (path == null ? "" : path).split("/")) {
      if (segment.equals("..")) {
        segments.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return "/" + String.join("/", segments);
  }

  /** Whether {@code path} (within the application, as received) names a static file. */
  static boolean isFile(String path) {
    String normal = normalize(path);
    String first = normal.length() > 1 ? normal.substring(1).split("/", 2)[0] : "";
    if (FILE_FOLDERS.contains(first)) {
      return true;
    }
    int dot = normal.lastIndexOf('.');
    return dot > normal.lastIndexOf('/')
        && FILE_TYPES.contains(normal.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean isVersioned(String query) {
    if (query == null) {
      return false;
    }
    for (String parameter : query.split("&")) {
      if (parameter.startsWith("v=") && parameter.length() > 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHtml(Answer answer) {
    String type = answer.header("Content-Type");
    if (type == null) {
      return false;
    }
    String lower = type.toLowerCase(Locale.ROOT);
    return lower.startsWith("text/html") || lower.startsWith("application/xhtml+xml");
  }
}
