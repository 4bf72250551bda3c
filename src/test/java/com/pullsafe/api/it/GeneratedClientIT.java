package com.pullsafe.api.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.pullsafe.client.ApiClient;
import com.pullsafe.client.ApiException;
import com.pullsafe.client.api.MeApi;
import com.pullsafe.client.api.PeopleApi;
import com.pullsafe.client.api.ReportsApi;
import com.pullsafe.client.model.AthleteItem;
import com.pullsafe.client.model.CreatedCoach;
import com.pullsafe.client.model.Decision;
import com.pullsafe.client.model.Level;
import com.pullsafe.client.model.NewAthlete;
import com.pullsafe.client.model.NewPerson;
import com.pullsafe.client.model.NewReport;
import com.pullsafe.client.model.NewToken;
import com.pullsafe.client.model.QueueEntry;
import com.pullsafe.client.model.ReportDetails;
import com.pullsafe.client.model.ReviewBody;
import com.pullsafe.client.model.ReviewResult;
import com.pullsafe.client.model.ReviewStatus;
import com.pullsafe.client.model.Role;
import com.pullsafe.client.model.TriagedReport;
import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import com.pullsafe.testing.OpenApiContract;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coaching flow through the Java client the build generates from the checked-in OpenAPI
 * document: what an integrator gets. The client reads answers strictly (a field the document does
 * not name fails), and the same flow over plain HTTP has each answer checked against the document's
 * schemas ({@link OpenApiContract}), refusals included, so the server cannot drift from the
 * document unnoticed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Api api;
  private Api.TenantFixture tenant;

  @BeforeEach
  void tenant() {
    api = new Api(base);
    tenant = api.newTenant("client");
  }

  /** A client of the generated API that sends {@code authorization} with every request. */
  private ApiClient client(String authorization) {
    ApiClient client =
        new ApiClient(
            HttpClient.newBuilder(),
            ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true),
            base.toString().replaceAll("/$", ""));
    client.setRequestInterceptor(request -> request.header("Authorization", authorization));
    return client;
  }

  /** Signs in with the password once to make a personal access token, then uses only the token. */
  private ApiClient signedInByToken(String email) throws ApiException {
    String token =
        new MeApi(client(Http.basic(email, Api.NEW_PASSWORD)))
            .createToken(new NewToken().name("generated client"))
            .getToken();
    return client(Api.bearer(token));
  }

  @Test
  void anAthleteReportsACoachFindsItInTheQueueAndReviewsIt() throws ApiException {
    PeopleApi people = new PeopleApi(client(tenant.admin()));
    CreatedCoach coach =
        people.createCoach(
            new NewPerson()
                .email(tenant.email("coach"))
                .displayName("Coach of the client")
                .password(Api.NEW_PASSWORD));
    AthleteItem athlete =
        people.createAthlete(
            new NewAthlete()
                .email(tenant.email("athlete"))
                .displayName("Athlete of the client")
                .password(Api.NEW_PASSWORD)
                .coachId(coach.getId()));
    ApiClient athleteClient = signedInByToken(tenant.email("athlete"));
    ApiClient coachClient = signedInByToken(tenant.email("coach"));

    assertEquals(Role.ATHLETE, new MeApi(athleteClient).getMe().getRole());
    TriagedReport triaged =
        new ReportsApi(athleteClient)
            .submitReport(
                new NewReport()
                    .week("2026-W10")
                    .topSetKg(BigDecimal.valueOf(140))
                    .topSetReps(3)
                    .painScore(4)
                    .painCharacter("BURNING")
                    .painSpread("LOCALIZED")
                    .symmetric(false)
                    .onset("DURING_SET")
                    .radiatesToLeg(true)
                    .walkingMinutesPerDay(90));
    assertEquals(Level.RED, triaged.getLevel());

    ReportsApi coachReports = new ReportsApi(coachClient);
    QueueEntry queued =
        coachReports.listReports(null, "true", null, null, null, "OPEN").getItems().stream()
            .filter(e -> e.getId().equals(triaged.getId()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("report " + triaged.getId() + " not queued"));
    assertEquals(athlete.getId(), queued.getAthleteId());

    ReviewResult review =
        coachReports.reviewReport(triaged.getId(), new ReviewBody().decision("CONFIRM"));
    assertEquals(Decision.CONFIRM, review.getDecision());
    ReportDetails details = coachReports.getReport(triaged.getId());
    assertEquals(ReviewStatus.REVIEWED, details.getReviewStatus());
  }

  @Test
  void theAnswersOfTheFlowMatchTheDocumentedSchemas() {
    OpenApiContract contract = OpenApiContract.checkedIn();
    String admin = tenant.admin();
    long coachId =
        conforming(
                contract,
                "POST",
                "/api/v1/coaches",
                api.post("/api/v1/coaches", admin, person("c")))
            .id();
    long athleteId =
        conforming(
                contract,
                "POST",
                "/api/v1/athletes",
                api.post("/api/v1/athletes", admin, person("a").add("coachId", coachId)))
            .id();
    String athlete = Http.basic(tenant.email("a"), Api.NEW_PASSWORD);
    String coach = Http.basic(tenant.email("c"), Api.NEW_PASSWORD);

    conforming(
        contract,
        "POST",
        "/api/v1/me/tokens",
        api.post("/api/v1/me/tokens", athlete, Json.createObjectBuilder().add("name", "phone")));
    conforming(contract, "GET", "/api/v1/me", api.get("/api/v1/me", athlete));
    conforming(contract, "GET", "/api/v1/me/tokens", api.get("/api/v1/me/tokens", athlete));
    long reportId =
        conforming(
                contract,
                "POST",
                "/api/v1/reports",
                api.post("/api/v1/reports", athlete, ApiFixtures.red("2026-W11")))
            .id();
    conforming(
        contract,
        "GET",
        "/api/v1/reports",
        api.get("/api/v1/reports?flagged=true&status=OPEN", coach));
    conforming(
        contract,
        "POST",
        "/api/v1/reports/{id}/review",
        api.post(
            "/api/v1/reports/" + reportId + "/review",
            coach,
            Json.createObjectBuilder().add("decision", "CONFIRM")));
    conforming(
        contract, "GET", "/api/v1/reports/{id}", api.get("/api/v1/reports/" + reportId, coach));
    conforming(contract, "GET", "/api/v1/athletes", api.get("/api/v1/athletes", coach));
    conforming(
        contract, "GET", "/api/v1/athletes/{id}", api.get("/api/v1/athletes/" + athleteId, coach));
    conforming(
        contract,
        "GET",
        "/api/v1/athletes/{id}/program",
        api.get("/api/v1/athletes/" + athleteId + "/program", athlete));
    conforming(
        contract, "GET", "/api/v1/me/notifications", api.get("/api/v1/me/notifications", coach));
    conforming(contract, "GET", "/api/v1/alternatives", api.get("/api/v1/alternatives", coach));
  }

  @Test
  void theStaffTenantAndAccountAnswersMatchTheDocumentedSchemas() {
    OpenApiContract contract = OpenApiContract.checkedIn();
    String admin = tenant.admin();
    long coachId = api.post("/api/v1/coaches", admin, person("s-coach")).expect(201).id();
    long athleteId =
        api.post("/api/v1/athletes", admin, person("s-athlete").add("coachId", coachId))
            .expect(201)
            .id();
    String athlete = Http.basic(tenant.email("s-athlete"), Api.NEW_PASSWORD);

    conforming(contract, "GET", "/api/v1/coaches", api.get("/api/v1/coaches", admin));
    conforming(
        contract,
        "POST",
        "/api/v1/coaches/{id}/deactivation",
        api.post("/api/v1/coaches/" + coachId + "/deactivation", admin, "{}"));
    conforming(
        contract,
        "DELETE",
        "/api/v1/coaches/{id}/deactivation",
        api.delete("/api/v1/coaches/" + coachId + "/deactivation", admin));
    conforming(
        contract,
        "POST",
        "/api/v1/tenant-admins",
        api.post("/api/v1/tenant-admins", admin, person("s-admin")));
    conforming(contract, "GET", "/api/v1/tenant-admins", api.get("/api/v1/tenant-admins", admin));
    conforming(contract, "GET", "/api/v1/tenants", api.get("/api/v1/tenants", api.platformAdmin()));
    conforming(
        contract,
        "GET",
        "/api/v1/tenants/{id}",
        api.get("/api/v1/tenants/" + tenant.id(), api.platformAdmin()));

    long reportId =
        api.post("/api/v1/reports", athlete, ApiFixtures.red(thisWeek())).expect(201).id();
    conforming(
        contract,
        "PUT",
        "/api/v1/reports/{id}",
        api.put("/api/v1/reports/" + reportId, athlete, ApiFixtures.urgent(thisWeek())));
    conforming(
        contract,
        "POST",
        "/api/v1/athletes/{id}/clearance",
        api.post(
            "/api/v1/athletes/" + athleteId + "/clearance",
            admin,
            Json.createObjectBuilder().add("note", "Seen by a physio.")));
    conforming(
        contract,
        "POST",
        "/api/v1/athletes/{id}/archival",
        api.post("/api/v1/athletes/" + athleteId + "/archival", admin, "{}"));
    conforming(
        contract,
        "DELETE",
        "/api/v1/athletes/{id}/archival",
        api.delete("/api/v1/athletes/" + athleteId + "/archival", admin));

    long tokenId =
        api.post("/api/v1/me/tokens", athlete, Json.createObjectBuilder().add("name", "old"))
            .expect(201)
            .id();
    conforming(
        contract,
        "DELETE",
        "/api/v1/me/tokens/{id}",
        api.delete("/api/v1/me/tokens/" + tokenId, athlete));
    conforming(
        contract,
        "PUT",
        "/api/v1/me/password",
        api.put(
            "/api/v1/me/password",
            athlete,
            Json.createObjectBuilder()
                .add("currentPassword", Api.NEW_PASSWORD)
                .add("newPassword", "quiet harbour lantern 77")));
  }

  /** This ISO week, as the server counts it (UTC), e.g. {@code 2026-W49}. */
  private static String thisWeek() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return String.format(
        "%d-W%02d",
        today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  @Test
  void refusalsMatchTheDocumentedProblemDetails() {
    OpenApiContract contract = OpenApiContract.checkedIn();
    String athlete = Http.basic(tenant.email("r"), Api.NEW_PASSWORD);
    api.newPerson("athletes", tenant.admin(), tenant.email("r"), null);

    assertEquals(
        400,
        conforming(
                contract,
                "POST",
                "/api/v1/reports",
                api.post(
                    "/api/v1/reports", athlete, Json.createObjectBuilder().add("painScore", 99)))
            .status());
    assertEquals(
        403,
        conforming(contract, "GET", "/api/v1/reports", api.get("/api/v1/reports", athlete))
            .status());
    assertEquals(
        404,
        conforming(
                contract,
                "GET",
                "/api/v1/reports/{id}",
                api.get("/api/v1/reports/" + Long.MAX_VALUE, athlete))
            .status());
    assertEquals(
        401, conforming(contract, "GET", "/api/v1/me", api.get("/api/v1/me", null)).status());
  }

  private static Api.Reply conforming(
      OpenApiContract contract, String method, String pathTemplate, Api.Reply reply) {
    contract.assertConforms(method, pathTemplate, reply);
    return reply;
  }

  private JsonObjectBuilder person(String localPart) {
    return Json.createObjectBuilder()
        .add("email", tenant.email(localPart))
        .add("displayName", "Person " + localPart)
        .add("password", Api.NEW_PASSWORD);
  }

  @Test
  void aRefusalReachesTheClientAsAnExceptionWithProblemDetails() throws ApiException {
    api.newPerson("athletes", tenant.admin(), tenant.email("refused"), null);
    ReportsApi athleteReports = new ReportsApi(signedInByToken(tenant.email("refused")));

    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> athleteReports.listReports(null, "true", null, null, null, "OPEN"));

    assertEquals(403, refused.getCode());
    assertTrue(
        refused
            .getResponseHeaders()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        refused.getResponseBody());
  }
}
