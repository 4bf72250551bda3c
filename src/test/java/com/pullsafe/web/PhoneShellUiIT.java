package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.FailoverProxy;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The phone-first shell in headless Chromium: a compact header whose menu button opens the
 * navigation (keyboard and screen reader included), the athlete's report form one tap from sign-in
 * with its first field in view on a 390 px screen, touch targets of at least 24 px, and the web
 * app's manifest, icons, service worker and offline page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneShellUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  @Test
  void anAthleteReachesTheFormInOneTapAndSeesItsFirstFieldWithoutScrolling() {
    Team.Person athlete = new Team(base, "onetap").athlete("Olga Onetap");
    try (Browser browser = Browser.phone(base)) {
      browser.signIn(athlete.email(), Team.PASSWORD);

      assertTrue(browser.inViewport(By.id("reportWeek")), "the report action is in view");
      assertTrue(headerHeight(browser) <= 64, "compact header: " + headerHeight(browser) + " px");
      assertEquals(List.of(), browser.targetSizeViolations(), "athlete start page");
      browser.assertAccessible("athlete start page on a phone");
      browser.screenshot("phone-athlete-start");

      browser.clickAndWaitForReload(By.id("reportWeek"));

      assertTrue(browser.driver().getCurrentUrl().contains("/athlete/report.xhtml"));
      assertTrue(
          entirelyInViewport(browser, By.id("report:week")),
          "the form's first field is in view without scrolling");
      assertEquals(List.of(), browser.targetSizeViolations(), "report form");
      browser.screenshot("phone-athlete-report-first-screen");
    }
  }

  @Test
  void onAPhoneTheMenuButtonOpensAndClosesTheNavigationByTouchAndKeyboard() {
    Team team = new Team(base, "menu");
    try (Browser browser = Browser.phone(base)) {
      browser.signIn(team.coach.email(), Team.PASSWORD);
      WebElement button = browser.driver().findElement(By.id("menuButton"));
      WebElement menu = browser.driver().findElement(By.id("menu"));

      assertTrue(button.isDisplayed());
      assertEquals("false", button.getAttribute("aria-expanded"));
      assertEquals("menu", button.getAttribute("aria-controls"));
      assertFalse(menu.isDisplayed(), "the navigation is folded away");
      assertTrue(button.getSize().getHeight() >= 44 && button.getSize().getWidth() >= 44);

      button.click();
      assertEquals("true", button.getAttribute("aria-expanded"));
      assertTrue(menu.isDisplayed());
      assertTrue(
          (Boolean)
              script(
                  browser,
                  "return document.getElementById('menu').contains(document.activeElement);"),
          "the focus moves into the opened menu");
      assertEquals("Cora Coach", browser.text(By.id("user-name")));
      assertTrue(browser.driver().findElement(By.id("signOutForm:signOut")).isDisplayed());
      assertEquals(List.of(), browser.targetSizeViolations(), "the opened menu");
      browser.assertAccessible("opened menu on a phone");
      browser.screenshot("phone-menu-open");

      browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      assertEquals("false", button.getAttribute("aria-expanded"));
      assertFalse(menu.isDisplayed());
      assertEquals("menuButton", browser.driver().switchTo().activeElement().getAttribute("id"));

      browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      assertEquals("true", button.getAttribute("aria-expanded"));
      browser.clickAndWaitForReload(By.id("nav-invite"));
      assertTrue(browser.driver().getCurrentUrl().contains("/coach/invite.xhtml"));
    }
  }

  @Test
  void onAPhoneTheStyleSheetFoldsTheMenuBeforeThePageScriptHasRun() {
    Team team = new Team(base, "fold");
    try (Browser browser = Browser.phone(base)) {
      browser.signIn(team.coach.email(), Team.PASSWORD);
      // Folded by the script at the page's end, the menu showed first and the page then jumped up
      // by its height (Lighthouse's layout shift 0.23 on the long review page).
      browser.blockRequestsTo("/js/pullsafe.js");
      browser.open("/coach/index.xhtml");

      assertTrue(browser.driver().findElement(By.id("menuButton")).isDisplayed());
      assertFalse(browser.driver().findElement(By.id("menu")).isDisplayed());
      assertTrue(headerHeight(browser) <= 64, "compact header: " + headerHeight(browser) + " px");
    }
  }

  @Test
  void onADesktopTheNavigationShowsWithoutAMenuButton() {
    Team team = new Team(base, "desk");
    try (Browser browser = Browser.open(base, 1280, 900)) {
      browser.signIn(team.coach.email(), Team.PASSWORD);

      assertFalse(browser.driver().findElement(By.id("menuButton")).isDisplayed());
      assertTrue(browser.driver().findElement(By.id("nav-invite")).isDisplayed());
      assertEquals("Cora Coach", browser.text(By.id("user-name")));
      assertTrue(browser.driver().findElement(By.id("signOutForm:signOut")).isDisplayed());
      assertEquals(List.of(), browser.targetSizeViolations(), "coach start page on a desktop");
      browser.assertAccessible("coach start page on a desktop");
      browser.screenshot("desktop-coach-header");
    }
  }

  @Test
  void theManifestNamesTheAppItsIconsAndHowItStarts() throws Exception {
    HttpResponse<byte[]> answer = get("/manifest.webmanifest");
    assertEquals(200, answer.statusCode());
    assertEquals(
        "application/manifest+json", answer.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
    JsonObject manifest =
        Json.createReader(new StringReader(new String(answer.body(), "UTF-8"))).readObject();
    assertEquals("PullSafe", manifest.getString("name"));
    assertEquals("./", manifest.getString("start_url"));
    assertEquals("standalone", manifest.getString("display"));
    assertEquals("#0b5c8a", manifest.getString("theme_color"));

    List<String> purposes =
        manifest.getJsonArray("icons").stream()
            .map(JsonValue::asJsonObject)
            .map(icon -> checkedIcon(icon) + " " + icon.getString("purpose"))
            .toList();
    assertEquals(List.of("192x192 any", "512x512 any", "512x512 maskable"), purposes);
  }

  @Test
  void theServiceWorkerRegistersAndShowsTheOfflinePageWhenTheNetworkIsDown() throws Exception {
    HttpResponse<byte[]> offlinePage = get("/offline.html");
    assertEquals(200, offlinePage.statusCode());
    String offlineText = new String(offlinePage.body(), "UTF-8");
    assertTrue(offlineText.contains("You are offline"), offlineText);
    assertTrue(offlineText.contains("Sie sind offline"), "German too: " + offlineText);
    HttpResponse<byte[]> script = get("/sw.js");
    assertEquals(200, script.statusCode());
    assertTrue(
        script.headers().firstValue("Content-Type").orElse("").contains("javascript"),
        script.headers().toString());

    Team.Person athlete = new Team(base, "offline").athlete("Otto Offline");
    // The browser reaches the server through a proxy the test can take down: Chromium's network
    // emulation does not reach a service worker's own requests.
    FailoverProxy network = FailoverProxy.start(List.of(base.getPort()));
    try (network;
        Browser browser = Browser.phone(network.url())) {
      browser.signIn(athlete.email(), Team.PASSWORD);
      assertTrue(
          browser
              .driver()
              .findElement(By.cssSelector("link[rel='manifest']"))
              .getAttribute("href")
              .endsWith("/manifest.webmanifest"));
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      Object worker =
          ((JavascriptExecutor) browser.driver())
              .executeAsyncScript(
                  "var done = arguments[arguments.length - 1];"
                      + " navigator.serviceWorker.ready.then("
                      + "   function (r) { done(r.active ? r.active.scriptURL : 'not active'); },"
                      + "   function (e) { done('refused: ' + e); });");
      assertTrue(String.valueOf(worker).endsWith("/sw.js"), String.valueOf(worker));

      network.close();
      browser.open("/athlete/history.xhtml");

      assertEquals("You are offline", browser.text(By.id("page-title")));
      browser.assertAccessible("offline page");
      browser.screenshot("phone-offline");
    }
  }

  private String checkedIcon(JsonObject icon) {
    try {
      HttpResponse<byte[]> png = get("/" + icon.getString("src"));
      assertEquals(200, png.statusCode(), icon.getString("src"));
      assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
      String size = image.getWidth() + "x" + image.getHeight();
      assertEquals(icon.getString("sizes"), size, icon.getString("src"));
      return size;
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Object script(Browser browser, String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  private static long headerHeight(Browser browser) {
    return Math.round(
        ((Number)
                script(
                    browser,
                    "return document.getElementById('header').getBoundingClientRect().height;"))
            .doubleValue());
  }

  private static boolean entirelyInViewport(Browser browser, By by) {
    return (Boolean)
        script(
            browser,
            "var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight"
                + " && r.right <= window.innerWidth && r.height > 0;",
            browser.driver().findElement(by));
  }
}
