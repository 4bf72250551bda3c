package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.PageSession;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signs in as each role on a tenant holding every kind of data ({@link RichTenant}) and on the demo
 * tenant, follows every link from the role's start page, and fails on any page that answers with a
 * server error or an error page; then downloads every athlete's exports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageIT {

  private static final String DEMO_PASSWORD = "demo-pass-2026";
  private static final Set<String> ATHLETE_PAGES =
      Set.of(
          "/athlete/index.xhtml",
          "/athlete/report.xhtml",
          "/athlete/program.xhtml",
          "/athlete/history.xhtml",
          "/account/profile.xhtml",
          "/athlete/result.xhtml");
  private static final Set<String> COACH_PAGES =
      Set.of(
          "/coach/index.xhtml",
          "/coach/athletes.xhtml",
          "/coach/squad.xhtml",
          "/coach/athlete.xhtml",
          "/coach/review.xhtml",
          "/coach/invite.xhtml",
          "/account/profile.xhtml");
  private static final Set<String> ADMIN_PAGES =
      Set.of(
          "/admin/index.xhtml",
          "/admin/settings.xhtml",
          "/admin/audit.xhtml",
          "/admin/webhooks.xhtml",
          "/account/profile.xhtml");

  private static RichTenant tenant;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  private synchronized RichTenant tenant() {
    if (tenant == null) {
      tenant = RichTenant.create(base);
    }
    return tenant;
  }

  @Test
  void everyAthleteReachesEveryPageOfTheirsWithoutAnError() {
    List<String> failures = new ArrayList<>();
    for (RichTenant.Person athlete : tenant().athletes) {
      if (athlete.email().startsWith("archived@")) {
        // Archiving deactivates the account: its pages are out of reach by design.
        assertTrue(signInRefused(athlete.email()), athlete.email() + " signed in");
        continue;
      }
      PageCrawler crawl = crawlAs(athlete.email(), RichTenant.PASSWORD);
      failures.addAll(crawl.failures().stream().map(f -> athlete.email() + " " + f).toList());
      assertTrue(
          crawl.pageKinds().containsAll(ATHLETE_PAGES),
          athlete.email() + " reached only " + crawl.pageKinds());
    }
    assertEquals(List.of(), failures);
  }

  private boolean signInRefused(String email) {
    PageSession visitor = new PageSession(base);
    PageSession.Page answer =
        visitor.submit(
            visitor.get("/login.xhtml"),
            "login",
            "login:submit",
            Map.of("login:email", email, "login:password", RichTenant.PASSWORD));
    return answer.path().startsWith("/login.xhtml");
  }

  @Test
  void theCoachReachesEveryPageOfTheirsWithoutAnError() {
    PageCrawler crawl = crawlAs(tenant().coach.email(), RichTenant.PASSWORD);

    assertEquals(List.of(), crawl.failures());
    assertTrue(crawl.pageKinds().containsAll(COACH_PAGES), crawl.pageKinds().toString());
    for (RichTenant.Person athlete : tenant().coachsAthletes) {
      assertTrue(
          crawl.visited().contains("/coach/athlete.xhtml?id=" + athlete.id()),
          athlete.name() + " not reached: " + crawl.visited());
    }
  }

  @Test
  void theTenantAdminReachesEveryPageOfTheirsWithoutAnError() {
    PageCrawler crawl = crawlAs(tenant().adminEmail, RichTenant.PASSWORD);

    assertEquals(List.of(), crawl.failures());
    assertTrue(crawl.pageKinds().containsAll(ADMIN_PAGES), crawl.pageKinds().toString());
    assertTrue(crawl.pageKinds().containsAll(COACH_PAGES), crawl.pageKinds().toString());
    for (RichTenant.Person athlete : tenant().athletes) {
      assertTrue(
          crawl.visited().contains("/coach/athlete.xhtml?id=" + athlete.id()),
          athlete.name() + " not reached: " + crawl.visited());
    }
  }

  @Test
  void thePlatformAdminReachesEveryPageOfTheirsWithoutAnError() {
    tenant();
    PageCrawler crawl = crawlAs("admin@portal.test", "platform-pass-2026");

    assertEquals(List.of(), crawl.failures());
    assertTrue(
        crawl.pageKinds().containsAll(Set.of("/platform/index.xhtml", "/account/profile.xhtml")),
        crawl.pageKinds().toString());
  }

  @Test
  void everyRoleOfTheDemoTenantReachesEveryPageWithoutAnError() {
    List<String> failures = new ArrayList<>();
    for (String login :
        List.of("admin", "coach.ana", "coach.ben", "mia", "noah", "lea", "omar", "sara", "tom")) {
      PageCrawler crawl = crawlAs(login + "@demo.test", DEMO_PASSWORD);
      failures.addAll(crawl.failures().stream().map(f -> login + " " + f).toList());
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void everyAthletesHistoryDownloadsAsCsvAndPdf() {
    for (String login : List.of(tenant().coach.email(), tenant().adminEmail)) {
      PageSession session = new PageSession(base);
      session.signIn(login, RichTenant.PASSWORD);
      List<RichTenant.Person> athletes =
          login.equals(tenant().adminEmail) ? tenant().athletes : tenant().coachsAthletes;
      for (RichTenant.Person athlete : athletes) {
        String page = "/coach/athlete.xhtml?id=" + athlete.id();
        PageSession.Page csv = session.submit(session.get(page), "export", "export:csv", Map.of());
        assertEquals(200, csv.status(), login + " " + page + " CSV");
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.html().startsWith("week,level"), csv.html());

        PageSession.Page pdf = session.submit(session.get(page), "export", "export:pdf", Map.of());
        assertEquals(200, pdf.status(), login + " " + page + " PDF");
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.html().startsWith("%PDF"), login + " " + page + " PDF body");
      }
    }
  }

  private PageCrawler crawlAs(String email, String password) {
    PageSession session = new PageSession(base);
    PageSession.Page start = session.signIn(email, password);
    return new PageCrawler(session).crawl(start.path());
  }
}
