package com.pullsafe.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The tenant admin's webhooks page on a phone: errors next to their fields, the secret shown once,
 * a flagged report's delivery listed with the receiver's answer and sent again on request, the
 * endpoint disabled and deleted; no accessibility or CSP violation on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Browser browser;
  private HttpServer receiver;
  private final AtomicInteger received = new AtomicInteger();

  @BeforeEach
  void open() throws IOException {
    browser = Browser.phone(base);
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          received.incrementAndGet();
          exchange.sendResponseHeaders(202, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void close() {
    browser.close();
    receiver.stop(0);
  }

  @Test
  void anAdminAddsAnEndpointSeesItsDeliveryResendsItAndDeletesIt() {
    Team team = new Team(base, "webhooks-page");
    Team.Person athlete = team.athlete("Hugo Hook");
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/admin/webhooks.xhtml");

    browser.type("add:url", "http://hooks.example.com/x");
    browser.submitWithoutAjax("add:submit");
    assertTrue(
        browser.fieldText("add:url").contains("must start with https://"),
        browser.fieldText("add:url"));
    assertTrue(
        browser.fieldText("add:events").contains("Choose at least one event"),
        browser.fieldText("add:events"));
    assertEquals("http://hooks.example.com/x", valueOf("add:url"));
    browser.assertAccessible("webhooks page with two errors");
    assertTrue(browser.text(By.id("endpoints:list")).contains("Nothing here yet"), "stored anyway");

    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    browser.type("add:url", url);
    browser.tick("add:events", true);
    browser.submitWithoutAjax("add:submit");
    assertTrue(browser.text(By.id("secret")).matches("whsec_[0-9a-f]{64}"));
    assertTrue(browser.text(By.id("endpoints:list")).contains(url));
    browser.assertAccessible("webhooks page with an endpoint");
    browser.fullPageScreenshot("webhooks-added");

    browser.open("/admin/webhooks.xhtml");
    assertTrue(
        browser.driver().findElements(By.id("secret")).isEmpty(), "the secret is shown again");

    team.report(athlete, 0, Team.red());
    await("the delivery").atMost(Duration.ofSeconds(30)).until(() -> received.get() == 1);
    await("the delivery to be listed as delivered")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              browser.open("/admin/webhooks.xhtml");
              return browser.text(By.id("deliveries:list")).contains("Delivered");
            });
    assertTrue(browser.text(By.id("deliveries:list")).contains("202"));
    assertTrue(browser.text(By.id("deliveries:list")).contains("report.flagged"));
    browser.assertAccessible("webhooks page with a delivery");

    browser.clickAndWaitForReload(By.id("deliveries:list:0:resend"));
    await("the delivery sent again")
        .atMost(Duration.ofSeconds(30))
        .until(() -> received.get() == 2);

    browser.clickAndWaitForReload(By.id("endpoints:list:0:disable"));
    assertTrue(browser.text(By.id("endpoints:list")).contains("Disabled"));
    browser.driver().findElement(By.id("endpoints:list:0:delete")).click();
    browser.clickAndWaitForReload(By.cssSelector(".ui-confirmdialog-yes"));
    assertTrue(browser.text(By.id("endpoints:list")).contains("Nothing here yet"));
    assertEquals(List.of(), browser.contentSecurityPolicyViolations());
  }

  private String valueOf(String inputId) {
    return browser.driver().findElement(By.id(inputId)).getAttribute("value");
  }
}
