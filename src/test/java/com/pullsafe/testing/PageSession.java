package com.pullsafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
  private static final Pattern SELECT = Pattern.compile("(?s)<select\\b([^>]*)>(.*?)</select>");
  private static final Pattern OPTION = Pattern.compile("(?s)<option\\b([^>]*)>(.*?)</option>");
  private static final Pattern TEXTAREA =
      Pattern.compile("(?s)<textarea\\b([^>]*)>(.*?)</textarea>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)(?:=\"([^\"]*)\")?");
  private static final Pattern PAGE_TITLE =
      Pattern.compile("id=\"page-title\"[^>]*>\\s*([^<]*?)\\s*<");

  public static final String ENROL_PAGE = "/login-enrol.xhtml";
  public static final String CODE_PAGE = "/login-code.xhtml";
  private static final Pattern TOTP_KEY = Pattern.compile("id=\"totp-secret\"[^>]*>([^<]*)<");
  private static final Pattern CONTINUE = Pattern.compile("id=\"continue\"[^>]*href=\"([^\"]*)\"");

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
    Page start = secondStep(email, submit(login, "login", "login:submit", form));
    if (start.path().startsWith("/login.xhtml")) {
      throw new AssertionError("Sign-in of " + email + " failed: " + start.title());
    }
    return start;
  }

  /**
   * After the password, the second step of an account with two-factor sign-in: its code from the
   * {@link TestAuthenticator}, or (where it must use one and has none) the set-up, whose key is
   * read off the page. Any other page is returned as it is.
   */
  public Page secondStep(String email, Page afterPassword) {
    if (afterPassword.path().startsWith(ENROL_PAGE)) {
      TestAuthenticator app = TestAuthenticator.enrolled(base, email, shownKey(afterPassword));
      Page codes =
          submit(afterPassword, "second", "second:submit", Map.of("second:code", app.nextCode()));
      Matcher onward = CONTINUE.matcher(codes.html());
      if (!onward.find()) {
        throw new AssertionError("Set-up of two-factor sign-in failed: " + codes.title());
      }
      return get(onward.group(1));
    }
    if (afterPassword.path().startsWith(CODE_PAGE)) {
      String code = TestAuthenticator.of(base, email).nextCode();
      return submit(afterPassword, "second", "second:submit", Map.of("second:code", code));
    }
    return afterPassword;
  }

  /** The authenticator key a set-up shows for typing, without its blanks. */
  public static String shownKey(Page page) {
    Matcher key = TOTP_KEY.matcher(page.html());
    if (!key.find()) {
      throw new AssertionError("No authenticator key on " + page.path());
    }
    return key.group(1).replaceAll("\\s", "");
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

  /**
   * Posts an ajax behaviour {@code event} (e.g. keyup) of the input {@code sourceId}, which carries
   * its own value in {@code fields}, as PrimeFaces' {@code p:ajax} would.
   */
  public Page ajaxEvent(
      Page page,
      String formId,
      String sourceId,
      String event,
      String render,
      Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", sourceId);
    form.put("jakarta.faces.partial.execute", sourceId);
    form.put("jakarta.faces.partial.render", render);
    form.put("jakarta.faces.behavior.event", event);
    form.put("jakarta.faces.partial.event", event);
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
    return postEncoded(pathAndQuery, body, ajax);
  }

  /**
   * Posts {@code body} as form data exactly as given (already encoded, or not quite: hostile tests
   * send broken percent-encodings and repeated names this way).
   */
  public Page postEncoded(String pathAndQuery, String body, boolean ajax) {
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
          response.body(),
          response.headers());
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

  /**
   * One answer: status, the path (and query) it came from after redirects, content type, body,
   * headers.
   */
  public record Page(
      int status, String path, String contentType, byte[] bytes, HttpHeaders headers) {

    /** The first value of the header {@code name}, if the answer has it. */
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

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

    /**
     * The fields the form {@code formId} would send as it stands, as a browser sends them: named
     * inputs (checkboxes and radio buttons only when checked), the selected option of each select
     * (else its first), each text area; neither buttons nor the view state.
     */
    public Map<String, String> formFields(String formId) {
      Matcher form =
          Pattern.compile(
                  "(?s)<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>")
              .matcher(html());
      if (!form.find()) {
        throw new AssertionError(path + " has no form " + formId);
      }
      String body = form.group(1);
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher input = INPUT.matcher(body);
      while (input.find()) {
        Map<String, String> a = attributes(input.group(1));
        String type = a.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
        boolean choice = type.equals("checkbox") || type.equals("radio");
        if (!a.containsKey("name")
            || a.get("name").equals("jakarta.faces.ViewState")
            || List.of("submit", "button", "image", "file", "reset").contains(type)
            || (choice && !a.containsKey("checked"))) {
          continue;
        }
        fields.put(a.get("name"), a.getOrDefault("value", choice ? "on" : ""));
      }
      Matcher select = SELECT.matcher(body);
      while (select.find()) {
        Map<String, String> a = attributes(select.group(1));
        if (!a.containsKey("name") || a.containsKey("multiple")) {
          continue;
        }
        String first = null;
        String selected = null;
        Matcher option = OPTION.matcher(select.group(2));
        while (option.find()) {
          Map<String, String> o = attributes(option.group(1));
          String value = o.getOrDefault("value", unescape(option.group(2).strip()));
          first = first == null ? value : first;
          if (o.containsKey("selected")) {
            selected = value;
          }
        }
        if (first != null) {
          fields.put(a.get("name"), selected == null ? first : selected);
        }
      }
      Matcher textarea = TEXTAREA.matcher(body);
      while (textarea.find()) {
        Map<String, String> a = attributes(textarea.group(1));
        if (a.containsKey("name")) {
          fields.put(a.get("name"), unescape(textarea.group(2)).replaceFirst("^\\n", ""));
        }
      }
      return fields;
    }

    /**
     * The text of the message shown next to the input {@code clientId} (a PrimeFaces message names
     * its input in the script that creates its widget, which a full page carries at its end, short
     * for {@code pf.cw}, and a partial answer right after the message); empty when none.
     */
    public String fieldMessage(String clientId) {
      Matcher widget =
          Pattern.compile(
                  "(?:PrimeFaces|pf)\\.cw\\(\"Message\",\"[^\"]*\",\\{id:\"([^\"]+)\",target:\""
                      + Pattern.quote(clientId)
                      + "\"")
              .matcher(html());
      if (!widget.find()) {
        return "";
      }
      String id = Pattern.quote(widget.group(1));
      Matcher m = Pattern.compile("(?s)<div id=\"" + id + "\"[^>]*>(.*?)</div>").matcher(html());
      return m.find() ? unescape(m.group(1).replaceAll("<[^>]*>", "")).strip() : "";
    }

    private static Map<String, String> attributes(String tag) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher m = ATTRIBUTE.matcher(tag);
      while (m.find()) {
        attributes.put(
            m.group(1).toLowerCase(Locale.ROOT), m.group(2) == null ? "" : unescape(m.group(2)));
      }
      return attributes;
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
