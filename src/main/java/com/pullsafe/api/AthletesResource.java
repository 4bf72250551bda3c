package com.pullsafe.api;

import com.pullsafe.roster.Athlete;
import com.pullsafe.roster.AthleteView;
import com.pullsafe.roster.Coach;
import com.pullsafe.roster.NewPerson;
import com.pullsafe.roster.RosterService;
import com.pullsafe.shared.Violations;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/athletes}: tenant admins and coaches add athletes (a coach's are theirs) and page
 * through them (a tenant admin sees all of the tenant, a coach their own).
 */
@Path("v1/athletes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class AthletesResource {

  @Inject private Validator validator;
  @Inject private RosterService roster;
  @Context private UriInfo uri;

  /** A new athlete; {@code coachId} only counts for a tenant admin (a coach's are theirs). */
  public record NewAthlete(
      @Schema(example = "finn@demo.test") String email,
      @Schema(example = "Finn Walsh") String displayName,
      @Schema(example = "a-long-secret-2026", minLength = 10) String password,
      @Schema(example = "1", description = "A coach of the tenant; absent for none")
          Long coachId) {}

  /**
   * An athlete as created and as listed.
   *
   * @param statusLevel as in {@code GET /athletes/{id}}: never below the level whose clearance is
   *     awaited; absent before any report
   * @param awaitingClearance the engine gave RED or URGENT and no coach has cleared the athlete
   */
  @Schema(requiredProperties = {"id", "email", "displayName", "awaitingClearance"})
  public record AthleteItem(
      long id,
      String email,
      String displayName,
      Long coachId,
      Level statusLevel,
      boolean awaitingClearance) {

    /** A new athlete: no report yet. */
    static AthleteItem of(Athlete a) {
      Coach coach = a.getCoach();
      return new AthleteItem(
          a.getId(),
          a.getAccount().getEmail(),
          a.getDisplayName(),
          coach == null ? null : coach.getId(),
          null,
          false);
    }

    static AthleteItem of(AthleteView a) {
      return new AthleteItem(
          a.id(), a.email(), a.displayName(), a.coachId(), a.statusLevel(), a.awaitingClearance());
    }
  }

  /** A page of athletes (a named type, so the OpenAPI document shows the item schema). */
  @Schema(name = "AthletePage")
  public interface AthletePage {
    @Schema(required = true)
    AthleteItem[] items();

    @Schema(required = true, description = "How many athletes there are in all", example = "6")
    long total();

    @Schema(required = true, example = "0")
    int page();

    @Schema(required = true, example = "50")
    int size();
  }

  @POST
  @Operation(
      operationId = "createAthlete",
      summary = "Add an athlete",
      description = "TENANT_ADMIN or COACH.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewAthlete.class),
              examples =
                  @ExampleObject(
                      name = "athlete",
                      value =
                          "{\"email\":\"finn@demo.test\",\"displayName\":\"Finn Walsh\","
                              + "\"password\":\"a-long-secret-2026\",\"coachId\":1}")))
  @APIResponse(
      responseCode = "201",
      description = "Added; `Location` is the athlete's address.",
      content =
          @Content(
              schema = @Schema(implementation = AthleteItem.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"id\":7,\"email\":\"finn@demo.test\",\"displayName\":\"Finn Walsh\","
                              + "\"coachId\":1,\"awaitingClearance\":false}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response create(NewAthlete request) {
    Athlete athlete =
        roster.createAthlete(
            new NewPerson(request.email(), request.displayName(), request.password()),
            request.coachId());
    return Response.created(uri.getAbsolutePathBuilder().path(athlete.getId().toString()).build())
        .entity(AthleteItem.of(athlete))
        .build();
  }

  @GET
  @Operation(
      operationId = "listAthletes",
      summary = "Page through the athletes",
      description = "A tenant admin sees every athlete of the tenant, a coach their own; by name.")
  @APIResponse(
      responseCode = "200",
      description = "One page and the total.",
      content =
          @Content(
              schema = @Schema(implementation = AthletePage.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"items\":[{\"id\":2,\"email\":\"lea@demo.test\","
                              + "\"displayName\":\"Lea Novak\",\"coachId\":1,"
                              + "\"statusLevel\":\"RED\",\"awaitingClearance\":true}],"
                              + "\"total\":3,\"page\":0,\"size\":1}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public Page<AthleteItem> list(@BeanParam PageQuery paging) {
    PageParams params = Violations.requireValid(validator, paging).params();
    return params.of(
        roster.athleteViews(params.page(), params.size()).stream().map(AthleteItem::of).toList(),
        roster.athleteCount());
  }
}
