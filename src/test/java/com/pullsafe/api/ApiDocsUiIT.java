package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Swagger UI page renders the API's operations in headless Chromium, from the app alone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocsUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;

  @Test
  void swaggerUiShowsEveryOperationWithoutLoadingAnythingFromElsewhere() {
    try (Browser browser = Browser.open(base, 1280, 900)) {
      browser.open("/api-docs.html");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> d.findElements(By.cssSelector(".opblock")).size() >= 11);
      browser.screenshot("api-docs");

      String paths = browser.driver().findElement(By.id("swagger-ui")).getText();
      assertTrue(paths.contains("/api/v1/athletes") && paths.contains("/api/v1/me/tokens"), paths);
      @SuppressWarnings("unchecked")
      List<String> loaded =
          (List<String>)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return performance.getEntriesByType('resource').map(e => e.name);");
      String origin = base.getProtocol() + "://" + base.getAuthority();
      assertTrue(loaded.stream().allMatch(url -> url.startsWith(origin)), loaded.toString());
    }
  }
}
