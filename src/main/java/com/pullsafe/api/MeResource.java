package com.pullsafe.api;

import com.pullsafe.identity.Accounts;
import com.pullsafe.identity.MeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/me}: who the caller is. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

  @Inject private Accounts accounts;

  @GET
  @Operation(
      summary = "Who the caller is",
      description = "Any role; `tenant` is absent for platform admins.")
  @APIResponse(
      responseCode = "200",
      description = "The caller's account.",
      content =
          @Content(
              schema = @Schema(implementation = MeView.class),
              examples =
                  @ExampleObject(
                      name = "athlete",
                      value =
                          "{\"id\":5,\"email\":\"mia@demo.test\",\"displayName\":\"Mia Keller\","
                              + "\"role\":\"ATHLETE\",\"tenant\":{\"slug\":\"demo\","
                              + "\"name\":\"Demo Strength Club\"}}")))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  public MeView me() {
    return accounts.me();
  }
}
