package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Browser;
import com.pullsafe.testing.Deployments;
import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * A tenant's whole data in the browser: the tenant admin downloads it from their page; the platform
 * admin deletes a suspended tenant only after typing its name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantDataUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.phone(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theTenantAdminDownloadsTheWholeTenantFromTheirPage() {
    Team team = new Team(base, "tenant-export-ui");
    browser.signIn(team.adminEmail, Team.PASSWORD);
    browser.open("/admin/index.xhtml");
    browser.assertAccessible("tenant admin's page with the export");

    List<?> zip = download("tenantExport", "tenantExport:download");

    assertEquals(200L, zip.get(0), zip.toString());
    assertTrue(zip.get(1).toString().contains("pullsafe-tenant-" + team.slug), zip.toString());
    assertEquals("application/zip", zip.get(2), zip.toString());
    assertEquals("PK", zip.get(3), "a zip's signature: " + zip);
  }

  @Test
  void thePlatformAdminDeletesASuspendedTenantOnlyAfterTypingItsName() {
    Api api = new Api(base);
    Api.TenantFixture tenant = api.newTenant("delete-ui");
    String name = "Tenant " + tenant.slug();
    api.post("/api/v1/tenants/" + tenant.id() + "/suspension", api.platformAdmin(), "").expect(200);
    browser.signIn("admin@portal.test", "platform-pass-2026");
    browser.open("/platform/index.xhtml");
    browser.assertAccessible("platform admin's page with the deletion");

    browser.selectFromMenu("deletion:tenant", name);
    browser.type("deletion:confirmName", "Tenant");
    browser.clickAndWaitForReload(By.id("deletion:submit"));

    assertTrue(
        browser.text(By.id("deletion")).contains("must be the tenant's name exactly"),
        browser.text(By.id("deletion")));
    api.get("/api/v1/tenants/" + tenant.id(), api.platformAdmin()).expect(200);

    browser.selectFromMenu("deletion:tenant", name);
    browser.type("deletion:confirmName", name);
    browser.clickAndWaitForReload(By.id("deletion:submit"));

    assertTrue(
        browser.text(By.id("messages")).contains(name + " and all of its data are deleted"),
        browser.text(By.id("messages")));
    api.get("/api/v1/tenants/" + tenant.id(), api.platformAdmin()).expectProblem(404);
    browser.assertAccessible("platform admin's page after the deletion");
  }

  /**
   * Posts the form with the button, as its click does, and answers status, disposition, type and
   * the body's first two characters.
   */
  private List<?> download(String formId, String buttonId) {
    return (List<?>)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const form = document.getElementById(arguments[0]);"
                    + "const body = new URLSearchParams(new FormData(form));"
                    + "body.append(arguments[1], arguments[1]);"
                    + "fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => done([r.status,"
                    + " r.headers.get('Content-Disposition') || '',"
                    + " r.headers.get('Content-Type') || '',"
                    + " String.fromCharCode(...new Uint8Array(b.slice(0, 2)))])))"
                    + ".catch(e => done([0, String(e), '', '']));",
                formId,
                buttonId);
  }
}
