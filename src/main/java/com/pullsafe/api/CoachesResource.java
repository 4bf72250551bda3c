package com.pullsafe.api;

import com.pullsafe.roster.Coach;
import com.pullsafe.roster.NameChange;
import com.pullsafe.roster.NewPerson;
import com.pullsafe.roster.RosterService;
import com.pullsafe.roster.StaffMember;
import com.pullsafe.roster.StaffService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/coaches}: a tenant admin adds coaches to their tenant, lists them with their
 * standing, and deactivates ({@code POST /coaches/{id}/deactivation}) and reactivates ({@code
 * DELETE} of the same) them, and renames them ({@code PUT /coaches/{id}}).
 */
@Path("v1/coaches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class CoachesResource {

  @Inject private RosterService roster;
  @Inject private StaffService staff;

  /** A coach just added. */
  public record CreatedCoach(long id, String email, String displayName) {}

  @POST
  @Operation(
      operationId = "createCoach",
      summary = "Add a coach to the caller's tenant",
      description = "TENANT_ADMIN only.")
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

  @GET
  @Operation(
      operationId = "listCoaches",
      summary = "List the tenant's coaches",
      description = "TENANT_ADMIN only. By name; `active` is false while a coach is deactivated.")
  @APIResponse(
      responseCode = "200",
      description = "The coaches.",
      content =
          @Content(
              schema = @Schema(implementation = StaffMember[].class),
              examples =
                  @ExampleObject(
                      name = "coaches",
                      value =
                          "[{\"id\":1,\"email\":\"coach.ana@demo.test\","
                              + "\"displayName\":\"Ana Silva\",\"active\":true}]")))
  public List<StaffMember> list() {
    return staff.coaches();
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(
      operationId = "deactivateCoach",
      summary = "Deactivate a coach",
      description =
          "TENANT_ADMIN only. The coach can no longer sign in; their sessions and tokens stop"
              + " working. Their athletes stay assigned to them (reassign them); until then the"
              + " tenant admins get those athletes' alerts. Repeating it changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The coach, now inactive.",
      content = @Content(schema = @Schema(implementation = StaffMember.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public StaffMember deactivate(@PathParam("id") long id) {
    return staff.deactivateCoach(id);
  }

  @DELETE
  @Path("{id}/deactivation")
  @Operation(
      operationId = "reactivateCoach",
      summary = "Reactivate a coach",
      description = "TENANT_ADMIN only. The coach can sign in again, and their tokens work again.")
  @APIResponse(
      responseCode = "200",
      description = "The coach, active again.",
      content = @Content(schema = @Schema(implementation = StaffMember.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public StaffMember reactivate(@PathParam("id") long id) {
    return staff.reactivateCoach(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateCoach",
      summary = "Rename a coach",
      description =
          "TENANT_ADMIN only. The coach's display name, on their account too; their login stays."
              + " Audited when it changes.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NameChange.class),
              examples =
                  @ExampleObject(name = "rename", value = "{\"displayName\":\"Ana Silva-Costa\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The coach, renamed.",
      content =
          @Content(
              schema = @Schema(implementation = StaffMember.class),
              examples =
                  @ExampleObject(
                      name = "renamed",
                      value =
                          "{\"id\":1,\"email\":\"coach.ana@demo.test\","
                              + "\"displayName\":\"Ana Silva-Costa\",\"active\":true}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public StaffMember update(@PathParam("id") long id, NameChange body) {
    return staff.renameCoach(id, ReportsResource.required(body));
  }
}
