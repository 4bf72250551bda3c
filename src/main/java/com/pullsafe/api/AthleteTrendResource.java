package com.pullsafe.api;

import com.pullsafe.reports.HistoryExport;
import com.pullsafe.roster.RosterService;
import com.pullsafe.squad.AthleteTrend;
import com.pullsafe.squad.SquadService;
import com.pullsafe.squad.TrendExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/athletes/{id}/trend}: the athlete's pain and top set week by week with the
 * progression cap that applied and the weeks the engine flagged, as the coach's athlete page charts
 * them; as JSON, CSV and PDF. The athlete's coach or a tenant admin; another coach's or tenant's
 * athlete is 404, an athlete 403.
 */
@Path("v1/athletes/{id}/trend")
@RequestScoped
@Tag(name = "Squad")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
public class AthleteTrendResource {

  @Inject private SquadService squad;
  @Inject private RosterService roster;
  @Inject private TrendExport export;

  /** The trend's weeks, oldest first (a named type, so the document shows the item schema). */
  @Schema(name = "AthleteTrend", requiredProperties = "weeks")
  public record Trend(List<TrendWeek> weeks) {}

  /**
   * One week of the trend; every week from the first report to the last is listed.
   *
   * @param reportId the week's report; absent when not reported
   * @param topSetKg absent when not reported or without deadlifts
   * @param capKg the heaviest top set the progression cap allowed that week; absent without a top
   *     set in the 4 weeks before
   * @param flagged the engine gave the week's report AMBER or above
   */
  @Schema(
      name = "AthleteTrendWeek",
      requiredProperties = {"week", "flagged"})
  public record TrendWeek(
      @Schema(example = "2026-W47") String week,
      Long reportId,
      @Schema(example = "3") Integer painScore,
      @Schema(example = "140") BigDecimal topSetKg,
      @Schema(example = "145") BigDecimal capKg,
      boolean flagged) {

    static TrendWeek of(AthleteTrend.Week w) {
      return new TrendWeek(
          w.week(), w.reportId(), w.painScore(), w.topSetKg(), w.capKg(), w.flagged());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getAthleteTrend",
      summary = "An athlete's pain and top set over time, with the cap and the flagged weeks",
      description =
          "The athlete's COACH or TENANT_ADMIN. The last "
              + HistoryExport.WEEKS
              + " reports, oldest week first; weeks without a report in between are listed empty.")
  @APIResponse(
      responseCode = "200",
      description = "The trend.",
      content =
          @Content(
              schema = @Schema(implementation = Trend.class),
              examples =
                  @ExampleObject(
                      name = "trend",
                      value =
                          "{\"weeks\":[{\"week\":\"2026-W46\",\"reportId\":30,\"painScore\":0,"
                              + "\"topSetKg\":140,\"flagged\":false},{\"week\":\"2026-W47\","
                              + "\"reportId\":31,\"painScore\":4,\"topSetKg\":150,"
                              + "\"capKg\":145,\"flagged\":true}]}")))
  public Trend trend(@PathParam("id") long id) {
    return new Trend(squad.athleteTrend(id).stream().map(TrendWeek::of).toList());
  }

  @GET
  @Path("export.csv")
  @Produces(TrendExport.CSV)
  @Operation(
      operationId = "exportAthleteTrendCsv",
      summary = "The athlete's trend as CSV",
      description = "The athlete's COACH or TENANT_ADMIN. RFC 4180, UTF-8, oldest week first.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file, as an attachment.",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              example =
                  TrendExport.ATHLETE_CSV_HEADER
                      + "\r\n\"2026-W47\",\"4\",\"150\",\"145\",\"true\"\r\n"))
  public Response csv(@PathParam("id") long id) {
    List<AthleteTrend.Week> weeks = squad.athleteTrend(id);
    return Attachment.of(export.csv(weeks), TrendExport.CSV, fileName(id) + ".csv");
  }

  @GET
  @Path("export.pdf")
  @Produces(TrendExport.PDF)
  @Operation(
      operationId = "exportAthleteTrendPdf",
      summary = "The athlete's trend as PDF",
      description = "The athlete's COACH or TENANT_ADMIN. A table of the weeks, oldest first.")
  @APIResponse(
      responseCode = "200",
      description = "The PDF document, as an attachment.",
      content =
          @Content(
              mediaType = TrendExport.PDF,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("id") long id) {
    List<AthleteTrend.Week> weeks = squad.athleteTrend(id);
    return Attachment.of(
        export.pdf(roster.getAthlete(id).displayName(), weeks),
        TrendExport.PDF,
        fileName(id) + ".pdf");
  }

  private String fileName(long id) {
    return HistoryExport.fileName(roster.getAthlete(id).displayName()).replace("history", "trend");
  }
}
