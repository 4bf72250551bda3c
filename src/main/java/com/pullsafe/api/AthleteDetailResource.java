package com.pullsafe.api;

import com.pullsafe.program.ClearanceView;
import com.pullsafe.program.ProgramService;
import com.pullsafe.roster.AthleteView;
import com.pullsafe.roster.NameChange;
import com.pullsafe.roster.RosterService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/athletes/{id}}: api-v1 rows {@code GET /athletes/{id}}, {@code POST
 * /athletes/{id}/clearance} and {@code GET /athletes/{id}/program}; archiving ({@code POST
 * /athletes/{id}/archival}) and restoring ({@code DELETE} of the same); renaming ({@code PUT
 * /athletes/{id}}) and moving to another coach ({@code PUT /athletes/{id}/coach}).
 */
@Path("v1/athletes/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
public class AthleteDetailResource {

  @Inject private RosterService roster;
  @Inject private ProgramService programs;

  /** A coach's clearance for heavy pulling again after a RED or URGENT report. */
  public record ClearanceBody(String note) {}

  /** The athlete's new coach: one of the tenant's active coaches; absent or null for none. */
  public record CoachAssignment(
      @Schema(example = "2", description = "A coach of the tenant; absent or null for none")
          Long coachId) {}

  @GET
  @Operation(
      operationId = "getAthlete",
      summary = "An athlete with their current status level and awaitingClearance",
      description =
          "TENANT_ADMIN, the athlete's coach, the athlete; anyone else gets 404. While a"
              + " clearance is awaited after the engine's RED or URGENT (a coach's override does"
              + " not clear), awaitingClearance is true and statusLevel is at least that level.")
  @APIResponse(
      responseCode = "200",
      description = "The athlete.",
      content = @Content(schema = @Schema(implementation = AthleteView.class)))
  public AthleteView athlete(@PathParam("id") long id) {
    return roster.getAthlete(id);
  }

  @POST
  @Path("clearance")
  @Operation(
      operationId = "clearAthlete",
      summary = "Clear the athlete for heavy pulling again",
      description =
          "The athlete's COACH or TENANT_ADMIN, after the engine's RED or URGENT result, also"
              + " when a coach overrode it to a lower level.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = ClearanceBody.class),
              examples =
                  @ExampleObject(
                      name = "cleared",
                      value = "{\"note\":\"Seen by a physio: fit for heavy pulling.\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The clearance recorded.",
      content = @Content(schema = @Schema(implementation = ClearanceView.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "409",
      ref = ApiDocs.CONFLICT,
      description =
          "Nothing to clear: the engine gave no RED or URGENT result since the last clearance.")
  public Response clear(@PathParam("id") long id, ClearanceBody body) {
    ClearanceView clearance = programs.clear(id, ReportsResource.required(body).note());
    return Response.status(Response.Status.CREATED).entity(clearance).build();
  }

  @GET
  @Path("program")
  @Operation(
      operationId = "getAthleteProgram",
      summary = "The athlete's current program",
      description =
          "The athlete, their coach, TENANT_ADMIN. relearningBlock is present only when"
              + " prescribed; its tempo is tempoSeconds to tempoSecondsMax seconds each way.")
  @APIResponse(
      responseCode = "200",
      description = "The program.",
      content = @Content(schema = @Schema(implementation = AthleteProgram.class)))
  public AthleteProgram program(@PathParam("id") long id) {
    return AthleteProgram.of(programs.programOf(id));
  }

  @POST
  @Path("archival")
  @Operation(
      operationId = "archiveAthlete",
      summary = "Archive the athlete",
      description =
          "The athlete's COACH or TENANT_ADMIN. The athlete's history stays; they no longer report,"
              + " sign in or use their tokens until restored. Repeating it changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The athlete, archived.",
      content = @Content(schema = @Schema(implementation = AthleteView.class)))
  public AthleteView archive(@PathParam("id") long id) {
    return roster.archive(id);
  }

  @DELETE
  @Path("archival")
  @Operation(
      operationId = "restoreAthlete",
      summary = "Restore an archived athlete",
      description =
          "The athlete's COACH or TENANT_ADMIN. The athlete reports, signs in and uses their"
              + " tokens again.")
  @APIResponse(
      responseCode = "200",
      description = "The athlete, restored.",
      content = @Content(schema = @Schema(implementation = AthleteView.class)))
  public AthleteView restore(@PathParam("id") long id) {
    return roster.restore(id);
  }

  @PUT
  @Operation(
      operationId = "updateAthlete",
      summary = "Rename the athlete",
      description =
          "The athlete's COACH or TENANT_ADMIN. The display name, on the athlete's account too;"
              + " their login stays. Audited when it changes.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NameChange.class),
              examples =
                  @ExampleObject(name = "rename", value = "{\"displayName\":\"Lea Novak\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The athlete, renamed.",
      content = @Content(schema = @Schema(implementation = AthleteView.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public AthleteView update(@PathParam("id") long id, NameChange body) {
    return roster.rename(id, ReportsResource.required(body));
  }

  @PUT
  @Path("coach")
  @Operation(
      operationId = "moveAthleteToCoach",
      summary = "Move the athlete to another coach",
      description =
          "TENANT_ADMIN only. The new coach must be an active coach of the tenant; `coachId`"
              + " absent or null leaves the athlete without a coach (their alerts then go to the"
              + " tenant admins). Audited.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = CoachAssignment.class),
              examples = @ExampleObject(name = "move", value = "{\"coachId\":2}")))
  @APIResponse(
      responseCode = "200",
      description = "The athlete with their new coach.",
      content = @Content(schema = @Schema(implementation = AthleteView.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public AthleteView moveToCoach(@PathParam("id") long id, CoachAssignment body) {
    return roster.assignCoach(id, ReportsResource.required(body).coachId());
  }
}
