package com.pullsafe.api;

import com.pullsafe.roster.Coach;
import com.pullsafe.roster.NewPerson;
import com.pullsafe.roster.Roster;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/coaches}: a tenant admin adds coaches to their tenant. */
@Path("v1/coaches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class CoachesResource {

  @Inject private Roster roster;

  /** A coach just added. */
  public record CreatedCoach(long id, String email, String displayName) {}

  @POST
  @Operation(summary = "Add a coach to the caller's tenant", description = "TENANT_ADMIN only.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewPerson.class),
              examples =
                  @ExampleObject(
                      name = "coach",
                      value =
                          "{\"email\":\"coach.cleo@demo.test\",\"displayName\":\"Cleo Park\","
                              + "\"password\":\"a-long-secret-2026\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Added; the coach can sign in.",
      content =
          @Content(
              schema = @Schema(implementation = CreatedCoach.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"id\":3,\"email\":\"coach.cleo@demo.test\","
                              + "\"displayName\":\"Cleo Park\"}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response create(NewPerson request) {
    Coach coach = roster.createCoach(request);
    return Response.status(Response.Status.CREATED)
        .entity(
            new CreatedCoach(coach.getId(), coach.getAccount().getEmail(), coach.getDisplayName()))
        .build();
  }
}
