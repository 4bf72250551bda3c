package com.pullsafe.api;

import static com.pullsafe.testing.Api.bearer;
import static com.pullsafe.testing.Api.demo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Personal access tokens over HTTP: created once, listed by prefix, used as Bearer, revoked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessTokensIT {

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

  private JsonObject create(String auth, String name) {
    return api.post("/api/v1/me/tokens", auth, Json.createObjectBuilder().add("name", name))
        .expect(201)
        .object();
  }

  @Test
  void aCreatedTokenIsShownOnceAndSignsInAsBearer() {
    JsonObject created = create(demo("noah"), "Noah's phone");

    String token = created.getString("token");
    assertTrue(token.startsWith("psk_") && token.length() == 47, token);
    assertEquals("Noah's phone", created.getString("name"));
    Api.Reply me = api.get("/api/v1/me", bearer(token)).expect(200);
    assertEquals("noah@demo.test", me.object().getString("email"));
    assertEquals("ATHLETE", me.object().getString("role"));
  }

  @Test
  void everyRoleCanCreateTokensThatCarryItsRole() {
    for (String[] user :
        new String[][] {
          {api.platformAdmin(), "PLATFORM_ADMIN"},
          {demo("admin"), "TENANT_ADMIN"},
          {demo("coach.ben"), "COACH"},
          {demo("lea"), "ATHLETE"}
        }) {
      String token = create(user[0], "role check").getString("token");
      assertEquals(
          user[1], api.get("/api/v1/me", bearer(token)).expect(200).object().getString("role"));
    }
  }

  @Test
  void theListShowsNameAndPrefixButNeverTheToken() {
    String name = "integration " + Api.unique();
    JsonObject created = create(demo("omar"), name);
    String token = created.getString("token");

    Api.Reply list = api.get("/api/v1/me/tokens", demo("omar")).expect(200);

    assertFalse(list.body().contains(token));
    JsonObject listed =
        list.array().stream()
            .map(v -> v.asJsonObject())
            .filter(
                t -> t.getJsonNumber("id").longValue() == created.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow();
    assertEquals(name, listed.getString("name"));
    assertEquals(token.substring(0, 12), listed.getString("prefix"));
    assertTrue(listed.containsKey("createdAt"));
    assertFalse(listed.containsKey("token"));
  }

  @Test
  void aRevokedTokenStopsWorkingAndLeavesTheList() {
    JsonObject created = create(demo("tom"), "to revoke");
    String token = created.getString("token");
    long id = created.getJsonNumber("id").longValue();
    api.get("/api/v1/me", bearer(token)).expect(200);

    api.delete("/api/v1/me/tokens/" + id, bearer(token)).expect(204);

    Api.Reply refused = api.get("/api/v1/me", bearer(token)).expect(401);
    assertTrue(refused.isProblem(), refused.body());
    assertFalse(api.get("/api/v1/me/tokens", demo("tom")).body().contains("\"id\":" + id + ","));
    api.delete("/api/v1/me/tokens/" + id, demo("tom")).expect(404);
  }

  @Test
  void anotherUsersTokenCannotBeRevokedAndKeepsWorking() {
    JsonObject created = create(demo("mia"), "mine");
    long id = created.getJsonNumber("id").longValue();

    Api.Reply refused = api.delete("/api/v1/me/tokens/" + id, demo("noah")).expect(404);

    assertTrue(refused.isProblem(), refused.body());
    api.get("/api/v1/me", bearer(created.getString("token"))).expect(200);
  }

  @Test
  void anUnknownOrMalformedBearerTokenIsUnauthorizedWithProblemDetails() {
    for (String token :
        new String[] {"psk_" + "A".repeat(43), "not-a-token", "", "psk_" + "A".repeat(400)}) {
      Api.Reply reply = api.get("/api/v1/me", bearer(token)).expect(401);
      assertTrue(reply.isProblem(), reply.body());
      assertTrue(
          reply
              .response()
              .headers()
              .allValues("WWW-Authenticate")
              .contains("Bearer realm=\"PullSafe\""));
    }
  }

  @Test
  void tokensEndpointsNeedCredentials() {
    api.get("/api/v1/me/tokens", null).expect(401);
    api.post("/api/v1/me/tokens", null, "{\"name\":\"x\"}").expect(401);
    api.delete("/api/v1/me/tokens/1", "Basic bm9ib2R5Om5vdGhpbmc=").expect(401);
  }

  @Test
  void aTokenNeedsAShortName() {
    Api.Reply blank =
        api.post("/api/v1/me/tokens", demo("lea"), Json.createObjectBuilder().add("name", " "))
            .expect(400);
    Api.Reply tooLong =
        api.post(
                "/api/v1/me/tokens",
                demo("lea"),
                Json.createObjectBuilder().add("name", "x".repeat(81)))
            .expect(400);

    assertEquals(java.util.List.of("name"), blank.errorFields());
    assertEquals(java.util.List.of("name"), tooLong.errorFields());
  }
}
