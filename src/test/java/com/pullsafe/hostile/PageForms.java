package com.pullsafe.hostile;

import com.pullsafe.testing.PageSession;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Posts the pages' forms with mutated values, each with a valid view state from a fresh GET, the
 * way a browser of a signed-in person would, plus junk ids in page URLs. Every post carries at
 * least one value the form must refuse (U+0000 in a text, a number that is not one or too long to
 * read) or a damaged view state, so none may store anything; around it go random other damage:
 * hostile values in any field, unknown and repeated fields, broken percent-encoding.
 */
final class PageForms {

  /** One form of one page, as one signed-in person sees it. */
  private record Form(
      PageSession session,
      String page,
      String formId,
      String buttonId,
      List<String> texts,
      List<String> numbers,
      boolean ajaxOnly) {}

  /** A request made: what it was, the status after redirects and the start of the answer. */
  record Posted(String what, int status, String excerpt, boolean asMeant) {

    static Posted of(String what, PageSession.Page answer) {
      String html = answer.html();
      return new Posted(
          what, answer.status(), html.substring(0, Math.min(html.length(), 2_000)), true);
    }
  }

  private static final Pattern ASSIGNMENT_NUMBER =
      Pattern.compile("review:assignments:\\d+:(sets|reps|loadKg)");

  private static final List<String> PAGE_IDS =
      List.of("%00", "1%00", "-1", "0", "abc", "1e3", "9".repeat(5_000), "%C3%28", "%E2%80%AE", "");

  private final Hostile hostile;
  private final List<Form> forms = new ArrayList<>();
  private final List<String> idPages = new ArrayList<>();
  private final PageSession coachSession;

  PageForms(Hostile hostile, URL base, HostileTenant t) {
    this.hostile = hostile;
    PageSession athlete = signedIn(base, t.amender.email());
    PageSession coach = signedIn(base, t.coach.email());
    PageSession admin = signedIn(base, t.admin.email());
    PageSession platform = new PageSession(base);
    platform.signIn("admin@portal.test", "platform-pass-2026");
    this.coachSession = coach;
    String review = "/coach/review.xhtml?id=" + t.pageRedReport;
    forms.add(
        new Form(
            athlete,
            "/athlete/report.xhtml",
            "report",
            "report:submit",
            List.of("report:topSetKg", "report:topSetReps", "report:walking", "report:notes"),
            List.of("report:topSetKg", "report:topSetReps", "report:walking"),
            false));
    forms.add(
        new Form(
            athlete,
            "/athlete/profile.xhtml",
            "tokens",
            "tokens:create",
            List.of("tokens:name"),
            List.of(),
            false));
    forms.add(
        new Form(
            coach, review, "review", "review:submit", List.of("review:note"), List.of(), false));
    forms.add(
        new Form(
            coach,
            review,
            "clearance",
            "clearance:clear",
            List.of("clearance:clearanceNote"),
            List.of(),
            false));
    forms.add(
        new Form(
            coach,
            "/coach/athletes.xhtml",
            "create",
            "create:submit",
            List.of("create:name", "create:email", "create:password"),
            List.of(),
            false));
    forms.add(
        new Form(
            admin,
            "/admin/settings.xhtml",
            "settings",
            "settings:save",
            List.of("settings:cap", "settings:plate", "settings:walking"),
            List.of("settings:cap", "settings:plate", "settings:walking"),
            false));
    forms.add(
        new Form(
            admin,
            "/admin/index.xhtml",
            "coach",
            "coach:submit",
            List.of("coach:name", "coach:email", "coach:password"),
            List.of(),
            false));
    forms.add(
        new Form(
            admin,
            "/admin/audit.xhtml",
            "audit",
            "audit:actor",
            List.of("audit:actor"),
            List.of(),
            true));
    forms.add(
        new Form(
            platform,
            "/platform/index.xhtml",
            "tenant",
            "tenant:submit",
            List.of(
                "tenant:name",
                "tenant:slug",
                "tenant:adminName",
                "tenant:adminEmail",
                "tenant:adminPassword"),
            List.of(),
            false));
    forms.add(
        new Form(
            new PageSession(base),
            "/login.xhtml",
            "login",
            "login:submit",
            List.of("login:email", "login:password"),
            List.of(),
            false));
    idPages.addAll(
        List.of(
            "/coach/review.xhtml?id=",
            "/coach/athlete.xhtml?id=",
            "/athlete/result.xhtml?id=",
            "/athlete/report.xhtml?id="));
    idPages.add("/coach/review.xhtml?id=" + t.redReport + "&id=");
  }

  private static PageSession signedIn(URL base, String email) {
    PageSession session = new PageSession(base);
    session.signIn(email, HostileTenant.PASSWORD);
    return session;
  }

  /** A page of a person's by a junk id; the coach's session opens it (athlete pages refuse). */
  Posted junkId() {
    String page = hostile.pick(idPages) + hostile.pick(PAGE_IDS);
    return Posted.of("GET " + ApiRequests.shorten(page), coachSession.get(page));
  }

  /** Opens a form, damages it and posts it; answers the status after redirects. */
  Posted post() {
    Form form = hostile.pick(forms);
    PageSession.Page page = form.session().get(form.page());
    if (!Pattern.compile("<form\\b[^>]*\\bid=\"" + form.formId() + "\"")
        .matcher(page.html())
        .find()) {
      return new Posted(
          "GET " + form.page() + " offers no form " + form.formId(), page.status(), "", false);
    }
    Map<String, String> fields = new LinkedHashMap<>(page.formFields(form.formId()));
    List<String> damage = new ArrayList<>();
    Set<String> refusing = new HashSet<>();
    String viewState = page.viewState();
    switch (hostile.between(0, 9)) {
      case 0, 1 -> {
        viewState = hostile.pick(List.of("x", "1:2", "-1:-1", "9".repeat(100), "", "\u0000"));
        damage.add("view state " + ApiRequests.shorten(viewState));
      }
      case 2, 3, 4 -> {
        if (!form.numbers().isEmpty()) {
          String field = hostile.pick(form.numbers());
          fields.put(field, hostile.refusedNumber());
          refusing.add(field);
          damage.add(field + " not a number");
          break;
        }
        damage.add(refuseText(form, fields, refusing));
      }
      default -> damage.add(refuseText(form, fields, refusing));
    }
    if (form.formId().equals("review") && hostile.chance(0.5)) {
      damage.add(assignmentNumber(fields, refusing));
    }
    for (int i = hostile.between(0, 2); i > 0; i--) {
      damage.add(extra(fields, refusing));
    }
    PageSession.Page answer = send(form, page, fields, viewState, damage);
    return Posted.of(form.page() + " " + form.formId() + " " + damage, answer);
  }

  private String refuseText(Form form, Map<String, String> fields, Set<String> refusing) {
    String field = hostile.pick(form.texts());
    fields.put(field, hostile.refusedText());
    refusing.add(field);
    return field + " with U+0000";
  }

  /** A number that is not one in a ticked row of the review's assignments. */
  private String assignmentNumber(Map<String, String> fields, Set<String> refusing) {
    List<String> numbers =
        fields.keySet().stream().filter(f -> ASSIGNMENT_NUMBER.matcher(f).matches()).toList();
    if (numbers.isEmpty()) {
      return "no assignment row";
    }
    String field = hostile.pick(numbers);
    String ticked = field.replaceAll(":(sets|reps|loadKg)$", ":selected_input");
    fields.put(ticked, "on");
    fields.put(field, hostile.refusedNumber());
    refusing.add(ticked);
    refusing.add(field);
    return field + " not a number";
  }

  /** Damage around the refused value, which it leaves as it is. */
  private String extra(Map<String, String> fields, Set<String> refusing) {
    List<String> names = fields.keySet().stream().filter(name -> !refusing.contains(name)).toList();
    switch (hostile.between(0, 3)) {
      case 0 -> {
        if (names.isEmpty()) {
          return "nothing";
        }
        String field = hostile.pick(names);
        fields.put(field, hostile.text());
        return field + " hostile";
      }
      case 1 -> {
        fields.put(hostile.unknownName(), hostile.text());
        return "unknown field";
      }
      case 2 -> {
        if (names.isEmpty()) {
          return "nothing";
        }
        String field = hostile.pick(names);
        fields.remove(field);
        return field + " dropped";
      }
      default -> {
        String field =
            hostile.pick(
                List.of(
                    "jakarta.faces.partial.execute",
                    "jakarta.faces.partial.render",
                    "jakarta.faces.source",
                    "jakarta.faces.behavior.event",
                    "jakarta.faces.ClientWindow",
                    "primefaces.nonce"));
        fields.put(
            field, hostile.pick(List.of("@all", "nope:nothing", "", "\u0000", "x".repeat(5_000))));
        return field + " junk";
      }
    }
  }

  private PageSession.Page send(
      Form form,
      PageSession.Page page,
      Map<String, String> fields,
      String viewState,
      List<String> damage) {
    PageSession session = form.session();
    boolean damagedViewState = !viewState.equals(page.viewState());
    int mode = hostile.between(0, 9);
    if (damagedViewState || mode < 2) {
      damage.add("raw form data");
      return session.postEncoded(page.path(), encoded(form, fields, viewState), mode % 2 == 0);
    }
    if (form.ajaxOnly()) {
      return session.ajaxEvent(
          page, form.formId(), form.buttonId(), "keyup", form.formId(), fields);
    }
    return mode < 6
        ? session.submit(page, form.formId(), form.buttonId(), fields)
        : session.ajaxForm(page, form.formId(), form.buttonId(), fields);
  }

  /** The form data written by hand: the button, the view state, sometimes broken encodings. */
  private String encoded(Form form, Map<String, String> fields, String viewState) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put(form.formId(), form.formId());
    all.put(form.buttonId(), "");
    List<String> pairs =
        all.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.toCollection(ArrayList::new));
    if (hostile.chance(0.3)) {
      pairs.add(
          hostile.pick(
              List.of("%zz=1", "a=%", "b=%C3%28", "c=%FF%FE", "=", "&&", "d=%00", "e=+%2B+")));
    }
    if (hostile.chance(0.2) && !pairs.isEmpty()) {
      pairs.add(hostile.pick(pairs).replaceFirst("=.*", "=again"));
    }
    if (!viewState.isEmpty() || hostile.chance(0.5)) {
      pairs.add("jakarta.faces.ViewState=" + encode(viewState));
    }
    return String.join("&", pairs);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
