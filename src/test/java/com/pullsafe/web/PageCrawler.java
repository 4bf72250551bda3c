package com.pullsafe.web;

import com.pullsafe.testing.PageSession;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Visits every same-origin page a signed-in user can reach by following links from a start page,
 * breadth first and bounded, and records each page that does not answer 200 with a real page: a
 * server error, an error page (not found, forbidden, expired) or a lost sign-in.
 */
final class PageCrawler {

  static final int MAX_PAGES = 300;
  private static final Set<String> ERROR_TITLES =
      Set.of("Not found", "Not for your role", "Page expired");

  private final PageSession session;
  private final Set<String> visited = new LinkedHashSet<>();
  private final List<String> failures = new ArrayList<>();

  PageCrawler(PageSession session) {
    this.session = session;
  }

  /** Crawls from {@code start}; returns this crawler to read what it found. */
  PageCrawler crawl(String start) {
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    Set<String> seen = new LinkedHashSet<>(queue);
    while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
      String path = queue.removeFirst();
      PageSession.Page page = session.get(path);
      visited.add(path);
      String problem = problemOf(path, page);
      if (problem != null) {
        failures.add(path + ": " + problem);
        continue;
      }
      for (String link : page.links()) {
        String target = sameOriginPath(path, link);
        if (target != null && seen.add(target)) {
          queue.addLast(target);
        }
      }
    }
    if (!queue.isEmpty()) {
      failures.add("more than " + MAX_PAGES + " pages; raise the bound if that is right");
    }
    return this;
  }

  private static String problemOf(String path, PageSession.Page page) {
    if (page.status() != 200) {
      return "HTTP " + page.status() + " " + firstLine(page.html());
    }
    if (!path.startsWith("/login.xhtml") && page.path().startsWith("/login.xhtml")) {
      return "sent to the login page";
    }
    if (ERROR_TITLES.contains(page.title())) {
      return "error page '" + page.title() + "'";
    }
    if (!page.contentType().startsWith("text/html")) {
      return "not a page: " + page.contentType();
    }
    return null;
  }

  /**
   * The path and query of a link worth following, or null: other origins, anchors, scripts,
   * resources, downloads and signing out are left alone.
   */
  static String sameOriginPath(String from, String href) {
    if (href.isBlank()
        || href.startsWith("#")
        || href.startsWith("javascript:")
        || href.startsWith("mailto:")
        || href.startsWith("//")
        || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return null;
    }
    URI target = URI.create("http://app" + from).resolve(href.replace(" ", "%20"));
    String path = target.getRawPath();
    if (path == null
        || path.contains("/jakarta.faces.resource/")
        || path.matches(".*\\.(csv|pdf|zip|png|jpg|svg|css|js)$")
        || path.contains("logout")
        || path.contains("signOut")) {
      return null;
    }
    return path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
  }

  private static String firstLine(String html) {
    String text =
        html.replaceAll("(?is)<(style|script)\\b.*?</\\1>", " ")
            .replaceAll("(?s)<[^>]*>", " ")
            .replaceAll("\\s+", " ")
            .strip();
    return text.length() > 300 ? text.substring(0, 300) : text;
  }

  List<String> failures() {
    return failures;
  }

  /** The pages visited, without their queries: which kinds of page the crawl reached. */
  Set<String> pageKinds() {
    Set<String> kinds = new LinkedHashSet<>();
    visited.forEach(p -> kinds.add(p.replaceAll("\\?.*", "")));
    return kinds;
  }

  Set<String> visited() {
    return visited;
  }
}
