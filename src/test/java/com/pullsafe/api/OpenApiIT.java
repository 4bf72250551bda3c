package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.OpenApiContract;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document WildFly publishes for the app, and the app's Swagger UI page. The document
 * is a contract: the checked-in {@link #CONTRACT} (which the build generates the test client from
 * and {@code src/test/contract/lint-openapi.sh} lints) must be exactly what the server publishes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  private static final Path CONTRACT = OpenApiContract.DOCUMENT;
  private static final Path SERVED = Path.of("target", "openapi.json");

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  /**
   * The document, also kept as target/openapi.json, laid out as the checked-in contract is (copy it
   * there after changing the API).
   */
  private JsonObject document() {
    JsonObject document =
        new Api.Reply(api.http().get("/openapi?format=JSON", "Accept", "application/json"))
            .expect(200)
            .object();
    try {
      Files.writeString(SERVED, OpenApiContract.pretty(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return document;
  }

  @Test
  void theServerPublishesExactlyTheCheckedInContract() {
    JsonObject served = document();
    JsonObject contract = OpenApiContract.read(CONTRACT);

    assertTrue(
        served.equals(contract),
        "The API's document changed; if that is intended, review and run: cp "
            + SERVED
            + " "
            + CONTRACT
            + " (then src/test/contract/lint-openapi.sh). Differs at: "
            + OpenApiContract.differences(contract, served));
  }

  @Test
  void everyOperationHasItsOwnOperationId() {
    List<String> ids = new ArrayList<>();
    document()
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (operation instanceof JsonObject op) {
                            assertTrue(op.containsKey("operationId"), method + " " + path);
                            ids.add(op.getString("operationId"));
                          }
                        }));

    assertEquals(new HashSet<>(ids).size(), ids.size(), "operationIds used twice: " + ids);
  }

  @Test
  void theDocumentListsEveryEndpointOfTheApi() {
    JsonObject paths = document().getJsonObject("paths");

    Map<String, List<String>> expected =
        Map.ofEntries(
            Map.entry("/api/v1/me", List.of("get")),
            Map.entry("/api/v1/me/password", List.of("put")),
            Map.entry("/api/v1/me/tokens", List.of("get", "post")),
            Map.entry("/api/v1/me/tokens/{id}", List.of("delete")),
            Map.entry("/api/v1/tenants", List.of("get", "post")),
            Map.entry("/api/v1/tenants/{id}", List.of("get")),
            Map.entry("/api/v1/coaches", List.of("get", "post")),
            Map.entry("/api/v1/coaches/{id}/deactivation", List.of("post", "delete")),
            Map.entry("/api/v1/tenant-admins", List.of("get", "post")),
            Map.entry("/api/v1/tenant-admins/{id}/deactivation", List.of("post", "delete")),
            Map.entry("/api/v1/athletes", List.of("get", "post")),
            Map.entry("/api/v1/athletes/{id}/archival", List.of("post", "delete")),
            Map.entry("/api/v1/alternatives", List.of("get")),
            Map.entry("/api/v1/invitations", List.of("post")),
            Map.entry("/api/v1/invitations/batch", List.of("post")),
            Map.entry("/api/v1/invitations/preview", List.of("post")),
            Map.entry("/api/v1/password-resets", List.of("post")),
            Map.entry("/api/v1/password-resets/completion", List.of("post")),
            Map.entry("/api/v1/me/data", List.of("get")),
            Map.entry("/api/v1/me/data/csv", List.of("get")),
            Map.entry("/api/v1/athletes/{id}/data", List.of("get")),
            Map.entry("/api/v1/athletes/{id}/data/csv", List.of("get")),
            Map.entry("/api/v1/athletes/{id}/erasure", List.of("post")),
            Map.entry("/api/v1/webhooks", List.of("get", "post")),
            Map.entry("/api/v1/webhooks/{id}", List.of("delete")),
            Map.entry("/api/v1/webhooks/{id}/deactivation", List.of("post", "delete")),
            Map.entry("/api/v1/webhooks/deliveries", List.of("get")),
            Map.entry("/api/v1/webhooks/deliveries/{id}/resend", List.of("post")));
    expected.forEach(
        (path, methods) -> {
          assertTrue(paths.containsKey(path), path + " missing from " + paths.keySet());
          methods.forEach(
              m -> assertTrue(paths.getJsonObject(path).containsKey(m), m + " " + path));
        });
  }

  @Test
  void theInvitationAndPasswordResetOperationsHaveOperationIdsAndTheResetsNeedNoSignIn() {
    JsonObject paths = document().getJsonObject("paths");
    assertEquals(
        "invitePerson",
        paths.getJsonObject("/api/v1/invitations").getJsonObject("post").getString("operationId"));
    assertEquals(
        "previewInvitations",
        paths
            .getJsonObject("/api/v1/invitations/preview")
            .getJsonObject("post")
            .getString("operationId"));
    JsonObject request = paths.getJsonObject("/api/v1/password-resets").getJsonObject("post");
    JsonObject completion =
        paths.getJsonObject("/api/v1/password-resets/completion").getJsonObject("post");
    assertEquals("requestPasswordReset", request.getString("operationId"));
    assertEquals("completePasswordReset", completion.getString("operationId"));
    // One empty security requirement: callable without credentials.
    assertEquals("[{}]", request.getJsonArray("security").toString());
    assertEquals("[{}]", completion.getJsonArray("security").toString());
  }

  @Test
  void operationsCarrySummariesSchemasAndExamples() {
    JsonObject doc = document();
    JsonObject post =
        doc.getJsonObject("paths").getJsonObject("/api/v1/athletes").getJsonObject("post");

    assertEquals("Add an athlete", post.getString("summary"));
    JsonObject json =
        post.getJsonObject("requestBody")
            .getJsonObject("content")
            .getJsonObject("application/json");
    assertTrue(json.containsKey("schema") && json.containsKey("examples"), json.toString());
    JsonObject responses = post.getJsonObject("responses");
    assertTrue(
        responses.keySet().containsAll(List.of("201", "400", "401", "403", "409")),
        responses.toString());
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    assertTrue(
        schemas.containsKey("NewAthlete") && schemas.containsKey("Problem"),
        schemas.keySet().toString());
  }

  @Test
  void basicAndBearerAreTheSecuritySchemes() {
    JsonObject schemes = document().getJsonObject("components").getJsonObject("securitySchemes");

    assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
    assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
  }

  @Test
  void theSwaggerUiPageLoadsItsAssetsFromTheApp() {
    Api.Reply page = new Api.Reply(api.http().get("/api-docs.html")).expect(200);

    Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
    int count = 0;
    while (assets.find()) {
      String asset = assets.group(1);
      assertTrue(!asset.startsWith("http") && !asset.startsWith("//"), "external asset " + asset);
      new Api.Reply(api.http().get("/" + asset)).expect(200);
      count++;
    }
    assertTrue(count >= 4, page.body());
    assertTrue(new Api.Reply(api.http().get("/api-docs.js")).body().contains("/openapi"));
  }
}
