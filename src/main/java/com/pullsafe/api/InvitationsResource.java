package com.pullsafe.api;

import com.pullsafe.roster.Invitation;
import com.pullsafe.roster.InvitationRow;
import com.pullsafe.roster.InvitationService;
import com.pullsafe.roster.InvitedPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/invitations}: a coach invites athletes, a tenant admin athletes and coaches, by
 * e-mail; one at a time as JSON, or many as a CSV list ({@code text/csv}) after checking it with
 * {@code POST /invitations/preview}. The invitee chooses a password through the mailed link ({@code
 * POST /password-resets/completion}).
 */
@Path("v1/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class InvitationsResource {

  static final String CSV = "text/csv";
  private static final String CSV_EXAMPLE =
      "name,email,role,coach\nMia Lifter,mia.new@demo.test,athlete,coach.ana@demo.test\n"
          + "Carl Coach,carl@demo.test,coach,\n";

  @Inject private InvitationService invitations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "invitePerson",
      summary = "Invite a person by e-mail",
      description =
          "TENANT_ADMIN or COACH. `role` is `ATHLETE` (the default) or `COACH` (tenant admins"
              + " only); `coachId` chooses a tenant admin's athlete's coach (a coach's athletes are"
              + " theirs). The account has no password until the invitee sets one through the"
              + " mailed one-time link (72 hours by default). An address that already has an"
              + " account anywhere is 409, said only of an otherwise valid invitation. Each"
              + " caller may check or invite 2000 addresses an hour (a list counts each row);"
              + " beyond that 429 with `Retry-After`.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = Invitation.class),
              examples =
                  @ExampleObject(
                      name = "athlete",
                      value =
                          "{\"email\":\"mia.new@demo.test\",\"displayName\":\"Mia Lifter\","
                              + "\"role\":\"ATHLETE\",\"coachId\":1}")))
  @APIResponse(
      responseCode = "201",
      description = "Invited; the link is on its way.",
      content = @Content(schema = @Schema(implementation = InvitedPerson.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
  public Response invite(Invitation invitation) {
    return Response.status(Response.Status.CREATED).entity(invitations.invite(invitation)).build();
  }

  @POST
  @Path("batch")
  @Consumes(CSV)
  @Operation(
      operationId = "invitePeople",
      summary = "Invite everyone on a CSV list",
      description =
          "TENANT_ADMIN or COACH. A header line names the columns: `name` and `email`, and for a"
              + " tenant admin optionally `role` (`athlete` or `coach`) and `coach` (the athlete's"
              + " coach's e-mail). All or nothing: with any bad row the 400 names each problem as"
              + " `rows[LINE].FIELD` and nobody is invited. Addresses taken outside the tenant are"
              + " named only once every row is otherwise fine. Counts each row against the"
              + " caller's 2000 addresses an hour (429 with `Retry-After` beyond).")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = CSV,
              schema = @Schema(type = SchemaType.STRING),
              examples = @ExampleObject(name = "list", value = CSV_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Everyone invited, in the list's order.",
      content = @Content(schema = @Schema(implementation = InvitedPerson[].class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
  public Response inviteAll(String csv) {
    return Response.status(Response.Status.CREATED).entity(invitations.inviteAll(csv)).build();
  }

  @POST
  @Path("preview")
  @Consumes(CSV)
  @Operation(
      operationId = "previewInvitations",
      summary = "Check a CSV list of invitations without inviting anyone",
      description =
          "TENANT_ADMIN or COACH. Every row with what is wrong with it (`problems`, empty when it"
              + " can be sent): its fields, a repeated address, an address that already has an"
              + " account in the caller's tenant. Whether an address is taken in another tenant is"
              + " not checked here (the batch says so). Stores nothing; counts each row against"
              + " the caller's 2000 addresses an hour (429 with `Retry-After` beyond).")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = CSV,
              schema = @Schema(type = SchemaType.STRING),
              examples = @ExampleObject(name = "list", value = CSV_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The rows and their problems.",
      content = @Content(schema = @Schema(implementation = InvitationRow[].class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
  public List<InvitationRow> preview(String csv) {
    return invitations.preview(csv);
  }
}
