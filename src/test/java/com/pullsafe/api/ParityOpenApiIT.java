package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations that give the API what only the pages could do are in the OpenAPI document, each
 * with its stable operationId, and the exports with their media types.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParityOpenApiIT {

  /** Path, method and operationId of each operation. */
  private static final List<List<String>> OPERATIONS =
      List.of(
          List.of("/api/v1/coaches/{id}", "put", "updateCoach"),
          List.of("/api/v1/athletes/{id}", "put", "updateAthlete"),
          List.of("/api/v1/athletes/{id}/coach", "put", "moveAthleteToCoach"),
          List.of("/api/v1/athletes/{id}/history", "get", "listAthleteHistory"),
          List.of("/api/v1/athletes/{id}/history/export.csv", "get", "exportAthleteHistoryCsv"),
          List.of("/api/v1/athletes/{id}/history/export.pdf", "get", "exportAthleteHistoryPdf"),
          List.of("/api/v1/squad", "get", "listSquad"),
          List.of("/api/v1/squad/trends", "get", "getSquadTrends"),
          List.of("/api/v1/squad/trends/export.csv", "get", "exportSquadTrendsCsv"),
          List.of("/api/v1/squad/trends/export.pdf", "get", "exportSquadTrendsPdf"),
          List.of("/api/v1/athletes/{id}/trend", "get", "getAthleteTrend"),
          List.of("/api/v1/athletes/{id}/trend/export.csv", "get", "exportAthleteTrendCsv"),
          List.of("/api/v1/athletes/{id}/trend/export.pdf", "get", "exportAthleteTrendPdf"),
          List.of("/api/v1/settings", "get", "getSettings"),
          List.of("/api/v1/settings", "put", "updateSettings"),
          List.of("/api/v1/settings/reminders", "get", "getReminderSettings"),
          List.of("/api/v1/settings/reminders", "put", "updateReminderSettings"),
          List.of("/api/v1/not-reported", "get", "listNotReported"),
          List.of("/api/v1/me/reminders", "get", "getMyReminders"),
          List.of("/api/v1/me/reminders", "put", "updateMyReminders"),
          List.of("/api/v1/audit-entries", "get", "listAuditEntries"),
          List.of("/api/v1/tenants/{id}/suspension", "post", "suspendTenant"),
          List.of("/api/v1/tenants/{id}/suspension", "delete", "reactivateTenant"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  private JsonObject paths() {
    return new Api.Reply(api.http().get("/openapi?format=JSON", "Accept", "application/json"))
        .expect(200)
        .object()
        .getJsonObject("paths");
  }

  @Test
  void eachNewOperationIsDocumentedWithItsOperationIdAndErrorAnswers() {
    JsonObject paths = paths();

    for (List<String> operation : OPERATIONS) {
      String path = operation.get(0);
      assertTrue(paths.containsKey(path), path + " missing from " + paths.keySet());
      JsonObject documented = paths.getJsonObject(path).getJsonObject(operation.get(1));
      assertTrue(documented != null, operation.get(1) + " " + path);
      assertEquals(operation.get(2), documented.getString("operationId", null), path);
      assertTrue(
          documented.getJsonObject("responses").keySet().containsAll(List.of("200", "401", "403")),
          path + " " + documented.getJsonObject("responses").keySet());
    }
  }

  @Test
  void theExportsAreDocumentedWithTheirMediaTypes() {
    JsonObject paths = paths();

    Map.of("export.csv", "text/csv", "export.pdf", "application/pdf")
        .forEach(
            (file, mediaType) -> {
              JsonObject content =
                  paths
                      .getJsonObject("/api/v1/athletes/{id}/history/" + file)
                      .getJsonObject("get")
                      .getJsonObject("responses")
                      .getJsonObject("200")
                      .getJsonObject("content");
              assertEquals(List.of(mediaType), List.copyOf(content.keySet()), file);
            });
  }
}
