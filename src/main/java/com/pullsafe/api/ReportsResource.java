package com.pullsafe.api;

import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportSubmissionService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.review.QueuePage;
import com.pullsafe.review.ReviewQueueService;
import com.pullsafe.review.ReviewService;
import com.pullsafe.review.ReviewView;
import com.pullsafe.shared.Violations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/reports}: api-v1 rows {@code POST /reports}, {@code PUT /reports/{id}}, {@code GET
 * /reports/{id}}, {@code GET /reports?flagged=true&status=OPEN} and {@code POST
 * /reports/{id}/review}.
 */
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class ReportsResource {

  static final String REPORT_EXAMPLE =
      "{\"week\":\"2026-W47\",\"topSetKg\":140,\"topSetReps\":3,\"painScore\":4,"
          + "\"painCharacter\":\"BURNING\",\"painSpread\":\"LOCALIZED\",\"symmetric\":false,"
          + "\"onset\":\"DURING_SET\",\"radiatesToLeg\":true,\"walkingMinutesPerDay\":90}";
  static final String TRIAGED_EXAMPLE =
      "{\"id\":42,\"week\":\"2026-W47\",\"level\":\"RED\",\"triageLevel\":\"RED\","
          + "\"reviewStatus\":\"OPEN\",\"version\":1,\"findings\":[{\"code\":"
          + "\"DISC_IRRITATION\",\"level\":\"RED\",\"reason\":\"Pain 4/10 that runs down a"
          + " leg.\",\"advice\":\"Stop heavy pulling and get it checked.\"}],"
          + "\"suggestedAlternatives\":[\"WALKING\"],\"ruleSetVersion\":\"2026.1\","
          + "\"notice\":\"PullSafe supports coaching; it does not diagnose.\"}";

  static final String AMENDED_EXAMPLE =
      "{\"week\":\"2026-W47\",\"topSetKg\":140,\"topSetReps\":3,\"painScore\":0,"
          + "\"saddleNumbness\":true,\"walkingMinutesPerDay\":90,"
          + "\"notes\":\"Numb around the groin since Wednesday.\"}";
  static final String AMENDED_TRIAGED_EXAMPLE =
      "{\"id\":42,\"week\":\"2026-W47\",\"level\":\"URGENT\",\"triageLevel\":\"URGENT\","
          + "\"reviewStatus\":\"OPEN\",\"version\":2,\"findings\":[{\"code\":"
          + "\"SERIOUS_PATHOLOGY_SIGNS\",\"level\":\"URGENT\",\"reason\":\"Numbness around"
          + " the groin.\",\"advice\":\"Get emergency care now.\"}],"
          + "\"suggestedAlternatives\":[\"WALKING\"],\"ruleSetVersion\":\"2026.2\","
          + "\"notice\":\"PullSafe supports coaching; it does not diagnose.\"}";

  @Inject private ReportSubmissionService submission;
  @Inject private ReviewQueueService queue;
  @Inject private ReviewService reviews;
  @Inject private Validator validator;
  @Context private UriInfo uri;

  @POST
  @Operation(
      operationId = "submitReport",
      summary = "Submit this week's report",
      description = "ATHLETE. Triaged at once; one report per athlete and ISO week.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewReport.class),
              examples = @ExampleObject(name = "red", value = REPORT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Stored and triaged; `Location` is the report's address.",
      content =
          @Content(
              schema = @Schema(implementation = TriagedReport.class),
              examples = @ExampleObject(name = "triaged", value = TRIAGED_EXAMPLE)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "409",
      ref = ApiDocs.CONFLICT,
      description = "The week is already reported.")
  public Response submit(NewReport body) {
    ReportView report = submission.submit(required(body));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(report.id())).build())
        .entity(TriagedReport.of(report))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "amendReport",
      summary = "Amend a report of this week or last week",
      description =
          "The ATHLETE whose report it is; anyone else's report is 404. The whole report again,"
              + " for the same week, triaged afresh with the current rules; the replaced version"
              + " stays stored with its triage. If the new level is higher than the level the coach"
              + " last saw, the report goes back to the open queue, and RED or URGENT alert the"
              + " coach as on a first submission. The level that stands is never lowered by an"
              + " amendment, only by a coach's review.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewReport.class),
              examples = @ExampleObject(name = "urgent", value = AMENDED_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Amended and triaged.",
      content =
          @Content(
              schema = @Schema(implementation = TriagedReport.class),
              examples = @ExampleObject(name = "escalated", value = AMENDED_TRIAGED_EXAMPLE)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = ApiDocs.CONFLICT,
      description = "The report is older than last week, or changed at the same moment.")
  public TriagedReport amend(@PathParam("id") long id, NewReport body) {
    return TriagedReport.of(submission.amend(id, required(body)));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getReport",
      summary = "A report with its triage, review and earlier versions",
      description =
          "The athlete, their coach, TENANT_ADMIN; anyone else gets 404. `versions` lists the"
              + " versions amendments replaced, oldest first, each with its own triage and the"
              + " answers it changed.")
  @APIResponse(
      responseCode = "200",
      description = "The report.",
      content = @Content(schema = @Schema(implementation = ReportDetails.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public ReportDetails report(@PathParam("id") long id) {
    return ReportDetails.of(reviews.detail(id));
  }

  /** The queue: AMBER and above, level high to low, then oldest first; paged in the database. */
  @GET
  @Operation(
      operationId = "listReports",
      summary = "The review queue",
      description =
          "COACH (their athletes) or TENANT_ADMIN (all). AMBER and above, level high to low, then"
              + " oldest first.")
  @APIResponse(
      responseCode = "200",
      description = "One page and the total.",
      content = @Content(schema = @Schema(implementation = QueuePageDoc.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public Page<QueueEntry> queue(
      @Parameter(description = "Only true: the queue holds flagged reports")
          @QueryParam("flagged")
          @DefaultValue("true")
          String flagged,
      @Parameter(
              description = "OPEN: waiting for a coach; REVIEWED: a coach has decided",
              schema = @Schema(enumeration = {"OPEN", "REVIEWED"}))
          @QueryParam("status")
          @DefaultValue("OPEN")
          String status,
      @Parameter(
              description = "Only this level",
              schema = @Schema(enumeration = {"AMBER", "RED", "URGENT"}))
          @QueryParam("level")
          String level,
      @Parameter(
              description = "Only this athlete's reports",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("athleteId")
          String athleteId,
      @BeanParam PageQuery paging) {
    QueueQuery filters = new QueueQuery(flagged, status, level, athleteId);
    Violations.requireEachValid(validator, filters, paging);
    PageParams params = paging.params();
    QueuePage found = queue.page(filters.filter(), params.page(), params.size());
    return params.of(found.items().stream().map(QueueEntry::of).toList(), found.total());
  }

  @POST
  @Path("{id}/review")
  @Operation(
      operationId = "reviewReport",
      summary = "Review a flagged report",
      description =
          "The athlete's COACH or TENANT_ADMIN. CONFIRM, or OVERRIDE with overrideLevel and a"
              + " reason; a note to the athlete and assignments are optional.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = ReviewBody.class),
              examples =
                  @ExampleObject(
                      name = "override",
                      value =
                          "{\"decision\":\"OVERRIDE\",\"overrideLevel\":\"AMBER\",\"reason\":"
                              + "\"Seen by a physio: no nerve signs.\",\"noteToAthlete\":\"Light"
                              + " pulls this week.\",\"assign\":[{\"alternative\":\"BLOCK_PULL\","
                              + "\"sets\":5,\"reps\":3,\"loadKg\":100,\"tempo\":\"3-1-3\"}]}")))
  @APIResponse(
      responseCode = "200",
      description = "The review, with the assignments made.",
      content = @Content(schema = @Schema(implementation = ReviewResult.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      ref = ApiDocs.CONFLICT,
      description =
          "Already reviewed, or reviewed at the same moment by someone else; or an assignment"
              + " that the athlete's awaited clearance does not allow (`rule`"
              + " AWAITING_CLEARANCE, `errors` naming each refused exercise).")
  public ReviewResult review(@PathParam("id") long id, ReviewBody body) {
    ReviewView review = reviews.review(id, required(body).toRequest());
    return ReviewResult.of(review, reviews.detail(id).assignments());
  }

  /** A page of the queue (a named type, so the OpenAPI document shows the item schema). */
  @Schema(name = "QueuePage")
  interface QueuePageDoc {
    @Schema(required = true)
    QueueEntry[] items();

    @Schema(required = true, description = "How many flagged reports match in all", example = "12")
    long total();

    @Schema(required = true, example = "0")
    int page();

    @Schema(required = true, example = "50")
    int size();
  }

  static <T> T required(T body) {
    if (body == null) {
      throw BodyReading.missing();
    }
    return body;
  }
}
