package com.pullsafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in visitor of the pages over plain HTTP: keeps the session cookie, follows redirects,
 * and posts JSF forms (full and ajax) the way a browser would, with the page's view state and the
 * script nonce PrimeFaces' script puts into every form under its Content Security Policy.
 */
public final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");

  /** The form field PrimeFaces' script fills with the page's nonce; a caller's own value wins. */
  public static final String NONCE_FIELD = "primefaces.nonce";

  private static final Pattern SCRIPT_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
  private static final Pattern HREF = Pattern.compile("<a\\b[^>]*?\\shref=\"([^\"]*)\"[^>]*>");
  private static final Pattern PAGE_TITLE =
      Pattern.compile("id=\"page-title\"[^>]*>\\s*([^<]*?)\\s*<");

  private final String base;
  private final HttpClient client;

  public PageSession(URL base) {
    this.base = base.toString().replaceAll("/$", "");
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Signs in through the login form; fails unless the role's start page opens. */
  public Page signIn(String email, String password) {
    Page login = get("/login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login:email", email);
    form.put("login:password", password);
    Page start = submit(login, "login", "login:submit", form);
    if (start.path().startsWith("/login.xhtml")) {
      throw new AssertionError("Sign-in of " + email + " failed: " + start.title());
    }
    return start;
  }

  public Page get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  /** Posts a form as its non-ajax button {@code buttonId} would. */
  public Page submit(Page page, String formId, String buttonId, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put(formId, formId);
    form.put(buttonId, "");
    form.put("jakarta.faces.ViewState", page.viewState());
    page.scriptNonce().ifPresent(nonce -> form.putIfAbsent(NONCE_FIELD, nonce));
    return post(page.path(), form, false);
  }

  /**
   * Posts an ajax request as the PrimeFaces button {@code sourceId} in {@code formId} would; it
   * executes the button alone unless {@code fields} name what to execute.
   */
  public Page ajax(
      Page page, String formId, String sourceId, String render, Map<String, String> fields) {
    return ajax(page, formId, sourceId, sourceId, render, fields);
  }

  /**
   * Posts an ajax request of the button {@code sourceId} that processes its whole form (a
   * PrimeFaces button's default) and renders {@code formId} again.
   */
  public Page ajaxForm(Page page, String formId, String sourceId, Map<String, String> fields) {
    return ajax(page, formId, sourceId, formId, formId, fields);
  }

  private Page ajax(
      Page page,
      String formId,
      String sourceId,
      String execute,
      String render,
      Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", sourceId);
    form.putIfAbsent("jakarta.faces.partial.execute", execute);
    form.put("jakarta.faces.partial.render", render);
    form.put(sourceId, sourceId);
    form.put(formId, formId);
    form.put("jakarta.faces.ViewState", page.viewState());
    page.scriptNonce().ifPresent(nonce -> form.putIfAbsent(NONCE_FIELD, nonce));
    return post(page.path(), form, true);
  }

  private Page post(String pathAndQuery, Map<String, String> form, boolean ajax) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax");
    }
    return send(request.build());
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      URI at = response.uri();
      String path = at.getRawPath() + (at.getRawQuery() == null ? "" : "?" + at.getRawQuery());
      return new Page(
          response.statusCode(),
          path,
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** One answer: status, the path (and query) it came from after redirects, content type, body. */
  public record Page(int status, String path, String contentType, byte[] bytes) {

    public String html() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public String viewState() {
      Matcher m = VIEW_STATE.matcher(html());
      if (!m.find()) {
        throw new AssertionError(path + " has no view state");
      }
      return m.group(1);
    }

    /** The nonce of the page's Content Security Policy, as PrimeFaces' script receives it. */
    public Optional<String> scriptNonce() {
      Matcher m = SCRIPT_NONCE.matcher(html());
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The text of the element with id {@code page-title}, if the page has one. */
    public String title() {
      Matcher m = PAGE_TITLE.matcher(html());
      return m.find() ? unescape(m.group(1)) : "";
    }

    /** The targets of the page's links, as written (entities decoded). */
    public List<String> links() {
      List<String> links = new ArrayList<>();
      Matcher m = HREF.matcher(html());
      while (m.find()) {
        links.add(unescape(m.group(1)));
      }
      return links;
    }

    /** The table row ({@code <tr>…</tr>}) that mentions {@code text}, if any. */
    public Optional<String> rowWith(String text) {
      for (String row : html().split("<tr")) {
        int end = row.indexOf("</tr>");
        String cells = end < 0 ? row : row.substring(0, end);
        if (cells.contains(text)) {
          return Optional.of(cells);
        }
      }
      return Optional.empty();
    }

    private static String unescape(String text) {
      return text.replace("&amp;", "&")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&quot;", "\"")
          .replace("&#39;", "'");
    }
  }
}
