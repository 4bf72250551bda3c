package com.pullsafe.api;

import com.pullsafe.programming.Alternative;
import com.pullsafe.reports.HistoryExport;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.roster.RosterService;
import com.pullsafe.shared.Violations;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/athletes/{id}/history}: an athlete's reported weeks, newest first, paged in the
 * database, as on {@code /athlete/history.xhtml} and {@code /coach/athlete.xhtml}; and the CSV and
 * PDF exports of the coach's athlete page. The athlete, their coach and the tenant admin see it;
 * anyone else gets 404.
 */
@Path("v1/athletes/{id}/history")
@RequestScoped
@Tag(name = "People")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
public class AthleteHistoryResource {

  @Inject private Validator validator;
  @Inject private ReportService reports;
  @Inject private RosterService roster;
  @Inject private HistoryExport export;

  /**
   * One reported week.
   *
   * @param id the report's id ({@code GET /reports/{id}} has its review and earlier versions)
   * @param level the level that stands: the triage's or a coach's override
   * @param triageLevel the level the engine gave the current version
   * @param version 1 until the athlete amends the report
   * @param report what the athlete stated in the current version
   */
  public record HistoryWeek(
      long id,
      String week,
      Instant submittedAt,
      Level level,
      Level triageLevel,
      ReviewStatus reviewStatus,
      int version,
      NewReport report,
      List<FindingItem> findings,
      List<Alternative> suggestedAlternatives) {

    static HistoryWeek of(ReportView r) {
      return new HistoryWeek(
          r.id(),
          r.week(),
          r.submittedAt(),
          r.level(),
          r.triageLevel(),
          r.reviewStatus(),
          r.version(),
          r.stated(),
          r.findings().stream().map(FindingItem::of).toList(),
          r.suggestedAlternatives());
    }
  }

  /** A page of weeks (a named type, so the OpenAPI document shows the item schema). */
  @Schema(name = "HistoryPage")
  public interface HistoryPage {
    @Schema(required = true)
    HistoryWeek[] items();

    @Schema(description = "How many weeks the athlete reported in all", example = "12")
    long total();

    @Schema(example = "0")
    int page();

    @Schema(example = "50")
    int size();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listAthleteHistory",
      summary = "Page through an athlete's reported weeks, newest first",
      description = "The athlete, their COACH, TENANT_ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "One page and the total.",
      content = @Content(schema = @Schema(implementation = HistoryPage.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public Page<HistoryWeek> list(@PathParam("id") long id, @BeanParam PageQuery paging) {
    PageParams params = Violations.requireValid(validator, paging).params();
    List<HistoryWeek> weeks =
        reports.reportsOf(id, params.page(), params.size()).stream().map(HistoryWeek::of).toList();
    return params.of(weeks, reports.reportCount(id));
  }

  @GET
  @Path("export.csv")
  @Produces(HistoryExport.CSV)
  @Operation(
      operationId = "exportAthleteHistoryCsv",
      summary = "The athlete's last 52 weeks as CSV",
      description =
          "The athlete, their COACH, TENANT_ADMIN. RFC 4180, UTF-8, newest week first; the same"
              + " file as the coach's athlete page exports.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file, as an attachment.",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              example =
                  "week,level,triageLevel,reviewStatus,topSetKg,topSetReps,painScore,"
                      + "painCharacter,walkingMinutesPerDay,findings,notes"))
  public Response csv(@PathParam("id") long id) {
    return Attachment.of(
        export.csv(reports.reportsOf(id, 0, HistoryExport.WEEKS)),
        HistoryExport.CSV,
        HistoryExport.fileName(roster.getAthlete(id).displayName()) + ".csv");
  }

  @GET
  @Path("export.pdf")
  @Produces(HistoryExport.PDF)
  @Operation(
      operationId = "exportAthleteHistoryPdf",
      summary = "The athlete's last 52 weeks as PDF",
      description =
          "The athlete, their COACH, TENANT_ADMIN. A table of the weeks, newest first; the same"
              + " document as the coach's athlete page exports.")
  @APIResponse(
      responseCode = "200",
      description = "The PDF document, as an attachment.",
      content =
          @Content(
              mediaType = HistoryExport.PDF,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("id") long id) {
    String name = roster.getAthlete(id).displayName();
    return Attachment.of(
        export.pdf(name, reports.reportsOf(id, 0, HistoryExport.WEEKS)),
        HistoryExport.PDF,
        HistoryExport.fileName(name) + ".pdf");
  }
}
