package com.pullsafe.api;

import static com.pullsafe.testing.Api.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every class of bad request answers 400 (or the fitting 4xx) problem details, never 500, and
 * stores nothing: malformed JSON, a wrong type, an unknown enum value, a missing body, an oversized
 * field; plus unknown paths, wrong methods and media types, and the last-resort 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

  private static final String ADMIN = demo("admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar().addClass(ProbeResource.class);
  }

  @ArquillianResource private URL base;
  private Api api;
  private Http http;

  @BeforeEach
  void client() {
    api = new Api(base);
    http = api.http();
  }

  private static String athlete(String email, String extra) {
    return "{\"email\":\""
        + email
        + "\",\"displayName\":\"Bad Input\",\"password\":\""
        + Api.NEW_PASSWORD
        + "\""
        + extra
        + "}";
  }

  private void assertNotStored(String email) {
    api.get("/api/v1/me", Http.basic(email, Api.NEW_PASSWORD)).expect(401);
    assertFalse(api.get("/api/v1/athletes?size=200", ADMIN).body().contains(email));
  }

  private static Api.Reply badRequest(Api.Reply reply) {
    reply.expect(400);
    assertTrue(reply.isProblem(), reply.body());
    assertEquals("Bad Request", reply.object().getString("title"));
    return reply;
  }

  @Test
  void malformedJsonIsABadRequest() {
    String email = "malformed-" + Api.unique() + "@demo.test";
    String body = athlete(email, "");

    for (String broken :
        List.of(
            body.substring(0, body.length() - 1), body + "}", body + body, "{email: 1}", "nope")) {
      Api.Reply reply = badRequest(api.post("/api/v1/athletes", ADMIN, broken));
      assertTrue(
          reply.object().getString("detail").startsWith(RequestErrorMappers.MALFORMED),
          reply.body());
      assertFalse(reply.body().contains("Exception"), reply.body());
    }
    assertNotStored(email);
  }

  @Test
  void aWrongTypeNamesTheField() {
    String email = "wrongtype-" + Api.unique() + "@demo.test";

    for (String coachId : List.of("\"abc\"", "{\"id\":1}", "[1]", "true", "1.5")) {
      Api.Reply reply =
          badRequest(
              api.post("/api/v1/athletes", ADMIN, athlete(email, ",\"coachId\":" + coachId)));
      assertEquals(List.of("coachId"), reply.errorFields(), coachId + " -> " + reply.body());
    }
    assertNotStored(email);
  }

  @Test
  void anUnknownEnumValueNamesTheField() {
    Api.Reply reply =
        badRequest(api.post("/api/v1/test-probe", ADMIN, "{\"status\":\"PAUSED\",\"count\":1}"));

    assertEquals(List.of("status"), reply.errorFields(), reply.body());
    api.post("/api/v1/test-probe", ADMIN, "{\"status\":\"SUSPENDED\",\"count\":1}").expect(200);
  }

  @Test
  void aMissingBodyNamesTheBody() {
    Api.Reply empty = badRequest(api.post("/api/v1/coaches", ADMIN, ""));
    Api.Reply jsonNull = badRequest(api.post("/api/v1/coaches", ADMIN, "null"));
    Api.Reply noContentType =
        badRequest(
            new Api.Reply(http.json("POST", "/api/v1/coaches", null, "Authorization", ADMIN)));

    assertEquals(List.of("body"), empty.errorFields(), empty.body());
    assertEquals(List.of("body"), jsonNull.errorFields(), jsonNull.body());
    assertEquals(List.of("body"), noContentType.errorFields(), noContentType.body());
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefused() {
    for (String body : List.of("[1,2]", "\"text\"", "42")) {
      assertEquals(
          List.of("body"),
          badRequest(api.post("/api/v1/coaches", ADMIN, body)).errorFields(),
          body);
    }
  }

  @Test
  void missingFieldsAreEachNamed() {
    Api.Reply reply = badRequest(api.post("/api/v1/athletes", ADMIN, "{}"));

    assertEquals(List.of("email", "displayName", "password"), reply.errorFields());
  }

  @Test
  void oversizedFieldsAreNamedAndNothingIsStored() {
    String email = "oversized-" + Api.unique() + "@demo.test";

    Api.Reply name =
        badRequest(
            api.post(
                "/api/v1/athletes",
                ADMIN,
                athlete(email, "").replace("Bad Input", "x".repeat(60_000))));
    Api.Reply longEmail =
        badRequest(api.post("/api/v1/athletes", ADMIN, athlete("x".repeat(300) + email, "")));
    Api.Reply password =
        badRequest(
            api.post(
                "/api/v1/athletes",
                ADMIN,
                athlete(email, "").replace(Api.NEW_PASSWORD, "p".repeat(201))));

    Api.Reply huge =
        api.post(
            "/api/v1/athletes",
            ADMIN,
            athlete(email, "").replace("Bad Input", "x".repeat(2_000_000)));

    huge.expect(413);
    assertTrue(huge.isProblem(), huge.body());
    assertEquals(List.of("displayName"), name.errorFields());
    assertEquals(List.of("email"), longEmail.errorFields());
    assertEquals(List.of("password"), password.errorFields());
    assertNotStored(email);
  }

  @Test
  void aBodyOverSixtyFourKibibytesIsTooLargeWhetherItsLengthIsAnnouncedOrNot() {
    String email = "large-" + Api.unique() + "@demo.test";
    String body = athlete(email, "").replace("Bad Input", "x".repeat(BodyLimit.MAX_BYTES));

    Api.Reply announced = api.post("/api/v1/athletes", ADMIN, body);
    Api.Reply chunked =
        new Api.Reply(
            http.chunked(
                "POST",
                "/api/v1/athletes",
                body,
                "Authorization",
                ADMIN,
                "Content-Type",
                "application/json"));

    for (Api.Reply reply : List.of(announced, chunked)) {
      reply.expect(413);
      assertTrue(reply.isProblem(), reply.body());
    }
    assertNotStored(email);
  }

  /** Reading such a number costs the square of its length; it is refused unread. */
  @Test
  void aNumberLongerThanTwentyCharactersIsRefusedNamingItsField() {
    String email = "number-" + Api.unique() + "@demo.test";

    Api.Reply reply =
        badRequest(
            api.post(
                "/api/v1/athletes", ADMIN, athlete(email, ",\"coachId\":1" + "0".repeat(60_000))));

    assertEquals(List.of("coachId"), reply.errorFields(), reply.body());
    assertNotStored(email);
  }

  @Test
  void aFieldGivenTwiceIsRefusedNamingIt() {
    String email = "twice-" + Api.unique() + "@demo.test";

    Api.Reply reply =
        badRequest(
            api.post(
                "/api/v1/athletes", ADMIN, athlete(email, ",\"displayName\":\"Someone Else\"")));

    assertEquals(List.of("displayName"), reply.errorFields(), reply.body());
    assertNotStored(email);
  }

  @Test
  void nestingDeeperThanAnyBodyIsRefused() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);

    Api.Reply reply = badRequest(api.post("/api/v1/athletes", ADMIN, "{\"coachId\":" + deep + "}"));

    assertEquals(List.of("body"), reply.errorFields(), reply.body());
  }

  @Test
  void anUnknownPathIsNotFoundAsProblemDetails() {
    Api.Reply signedIn = api.get("/api/v1/no-such-thing", ADMIN).expect(404);
    Api.Reply outsideV1 = api.get("/api/no-such-thing", null).expect(404);

    assertTrue(signedIn.isProblem(), signedIn.body());
    assertTrue(outsideV1.isProblem(), outsideV1.body());
  }

  @Test
  void aWrongMethodIsNotAllowedWithTheAllowHeader() {
    Api.Reply reply =
        new Api.Reply(
            http.raw(
                "PUT",
                "/api/v1/alternatives",
                "{}",
                "Authorization",
                ADMIN,
                "Content-Type",
                "application/json"));

    reply.expect(405);
    assertTrue(reply.isProblem(), reply.body());
    assertTrue(reply.header("Allow").contains("GET"), reply.header("Allow"));
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    Api.Reply reply =
        new Api.Reply(
            http.raw(
                "POST",
                "/api/v1/coaches",
                "email=x",
                "Authorization",
                ADMIN,
                "Content-Type",
                "text/plain"));

    reply.expect(415);
    assertTrue(reply.isProblem(), reply.body());
  }

  @Test
  void anUnexpectedFailureIsA500WithoutInternals() {
    Api.Reply reply = api.get("/api/v1/test-probe/boom", ADMIN).expect(500);

    assertTrue(reply.isProblem(), reply.body());
    assertFalse(reply.body().contains("secret internal detail"), reply.body());
    assertFalse(reply.body().contains("IllegalStateException"), reply.body());
  }
}
