package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
 * The platform admin suspends a tenant ({@code POST /api/v1/tenants/{id}/suspension}) and
 * reactivates it ({@code DELETE} of the same), as on {@code /platform/index.xhtml}: meanwhile its
 * people's credentials and tokens are refused. Nobody else may.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantSuspensionApiIT {

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

  private String tokenOf(String auth) {
    return Api.bearer(
        api.post("/api/v1/me/tokens", auth, Json.createObjectBuilder().add("name", "cli"))
            .expect(201)
            .object()
            .getString("token"));
  }

  private String status(Api.TenantFixture tenant) {
    return api.get("/api/v1/tenants/" + tenant.id(), api.platformAdmin())
        .expect(200)
        .object()
        .getString("status");
  }

  @Test
  void aSuspendedTenantsPeopleAreRefusedUntilItIsReactivated() {
    Api.TenantFixture tenant = api.newTenant("suspend");
    String token = tokenOf(tenant.admin());
    String path = "/api/v1/tenants/" + tenant.id() + "/suspension";

    JsonObject suspended = api.post(path, api.platformAdmin(), "").expect(200).object();
    api.post(path, api.platformAdmin(), "").expect(200);

    assertEquals("SUSPENDED", suspended.getString("status"));
    assertEquals(tenant.slug(), suspended.getString("slug"));
    assertEquals("SUSPENDED", status(tenant));
    api.get("/api/v1/me", token).expectProblem(403);
    api.get("/api/v1/me", tenant.admin()).expectProblem(403);

    JsonObject reactivated = api.delete(path, api.platformAdmin()).expect(200).object();

    assertEquals("ACTIVE", reactivated.getString("status"));
    assertEquals("ACTIVE", status(tenant));
    api.get("/api/v1/me", token).expect(200);
    api.get("/api/v1/me", tenant.admin()).expect(200);
  }

  @Test
  void onlyThePlatformAdminSuspendsOrReactivatesTenants() {
    Api.TenantFixture tenant = api.newTenant("suspendroles");
    api.newPerson("coaches", tenant.admin(), tenant.email("coach"), null);
    String path = "/api/v1/tenants/" + tenant.id() + "/suspension";

    for (String auth :
        List.of(tenant.admin(), Http.basic(tenant.email("coach"), Api.NEW_PASSWORD))) {
      api.post(path, auth, "").expectProblem(403);
      api.delete(path, auth).expectProblem(403);
    }
    api.post(path, null, "").expect(401);

    assertEquals("ACTIVE", status(tenant));
  }

  @Test
  void anUnknownTenantIsNotFound() {
    String path = "/api/v1/tenants/" + Long.MAX_VALUE + "/suspension";

    api.post(path, api.platformAdmin(), "").expectProblem(404);
    api.delete(path, api.platformAdmin()).expectProblem(404);
    api.post("/api/v1/tenants/abc/suspension", api.platformAdmin(), "").expectProblem(404);
  }
}
