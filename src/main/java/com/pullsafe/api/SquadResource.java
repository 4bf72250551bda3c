package com.pullsafe.api;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.shared.Violations;
import com.pullsafe.squad.SquadCell;
import com.pullsafe.squad.SquadPage;
import com.pullsafe.squad.SquadRow;
import com.pullsafe.squad.SquadService;
import com.pullsafe.squad.SquadTrends;
import com.pullsafe.squad.TrendExport;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
 * {@code /api/v1/squad}: the squad view of {@code /coach/squad.xhtml}, a coach's own athletes or a
 * tenant admin's whole tenant over the last 12 weeks in risk order, paged in the database; and the
 * squad's trends as JSON, CSV and PDF. Athletes are refused (403).
 */
@Path("v1/squad")
@RequestScoped
@Tag(name = "Squad")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class SquadResource {

  @Inject private Validator validator;
  @Inject private SquadService squad;
  @Inject private TrendExport export;

  /**
   * One week of an athlete in the squad view.
   *
   * @param reportId the week's report ({@code GET /reports/{id}}); absent when not reported
   * @param level the level that stands; absent when not reported
   * @param awaitingClearance this week's report gave the RED or URGENT whose clearance is awaited
   * @param beforeJoining the week is older than the athlete's first week with the club (their
   *     account's or their first report's): no report was expected, and it does not count as
   *     missing
   */
  @Schema(requiredProperties = {"week", "reported", "awaitingClearance", "beforeJoining"})
  public record SquadWeek(
      @Schema(example = "2026-W47") String week,
      boolean reported,
      Long reportId,
      Level level,
      ReviewStatus reviewStatus,
      boolean awaitingClearance,
      boolean beforeJoining) {

    static SquadWeek of(SquadCell c) {
      return new SquadWeek(
          c.week(),
          c.reported(),
          c.reportId(),
          c.level(),
          c.reviewStatus(),
          c.awaitingClearance(),
          c.beforeJoining());
    }
  }

  /**
   * An athlete in the squad view.
   *
   * @param status the level that stands for the latest reported week, never below an awaited
   *     clearance's; absent before any report
   * @param clearanceLevel RED or URGENT while a clearance is awaited
   * @param recurringPain the latest week, if reported in the window, has RECURRING_PAIN
   * @param missingWeeks weeks of the 12 without a report, counted from the athlete's first week
   *     with the club
   * @param weeks the 12 weeks, oldest first
   */
  @Schema(
      requiredProperties = {
        "athleteId",
        "displayName",
        "awaitingClearance",
        "recurringPain",
        "missingWeeks",
        "weeks"
      })
  public record SquadAthlete(
      long athleteId,
      @Schema(example = "Mia Lifter") String displayName,
      @Schema(example = "Ana Coach") String coachName,
      Level status,
      boolean awaitingClearance,
      Level clearanceLevel,
      boolean recurringPain,
      @Schema(example = "2") int missingWeeks,
      List<SquadWeek> weeks) {

    static SquadAthlete of(SquadRow r) {
      return new SquadAthlete(
          r.athleteId(),
          r.displayName(),
          r.coachName(),
          r.status(),
          r.awaitingClearance(),
          r.clearanceLevel(),
          r.recurringPain(),
          r.missingWeeks(),
          r.cells().stream().map(SquadWeek::of).toList());
    }
  }

  /**
   * A page of the squad view.
   *
   * @param weeks the 12 weeks, oldest first, as every athlete's {@code weeks} lists them
   */
  @Schema(requiredProperties = {"weeks", "items", "total", "page", "size"})
  public record SquadList(
      List<String> weeks,
      List<SquadAthlete> items,
      @Schema(description = "How many athletes there are in all", example = "40") long total,
      @Schema(example = "0") int page,
      @Schema(example = "50") int size) {}

  /** A week's reports and how many of them the engine flagged (AMBER or above). */
  @Schema(requiredProperties = {"week", "reports", "flagged"})
  public record TrendWeek(
      @Schema(example = "2026-W47") String week,
      @Schema(example = "12") long reports,
      @Schema(example = "3") long flagged,
      @Schema(
              description = "flagged / reports in percent; absent without reports",
              example = "25.0")
          BigDecimal flaggedPercent) {}

  /** A finding and in how many of the window's reports the engine gave it. */
  @Schema(requiredProperties = {"code", "reports", "percentOfReports"})
  public record TrendFinding(
      FindingCode code, @Schema(example = "5") long reports, BigDecimal percentOfReports) {}

  /** The squad's trends over the last 12 weeks. */
  @Schema(requiredProperties = {"weeks", "findings", "reports"})
  public record Trends(
      List<TrendWeek> weeks,
      @Schema(description = "At most 5, most common first") List<TrendFinding> findings,
      @Schema(description = "The reports of the 12 weeks", example = "96") long reports) {

    static Trends of(SquadTrends t) {
      return new Trends(
          t.weeks().stream()
              .map(w -> new TrendWeek(w.week(), w.reports(), w.flagged(), w.flaggedPercent()))
              .toList(),
          t.findings().stream()
              .map(f -> new TrendFinding(f.code(), f.reports(), t.percentOfReports(f)))
              .toList(),
          t.reports());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listSquad",
      summary = "Page through the squad's last 12 weeks, most at risk first",
      description =
          "COACH (own athletes) or TENANT_ADMIN (all athletes of the tenant); archived athletes"
              + " are left out. Order: status RED or URGENT (URGENT first), then recurring pain in"
              + " the latest week, then the most weeks without a report since joining, then the status, then by"
              + " name.")
  @APIResponse(
      responseCode = "200",
      description = "One page and the total.",
      content =
          @Content(
              schema = @Schema(implementation = SquadList.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"weeks\":[\"2026-W47\"],\"items\":[{\"athleteId\":7,"
                              + "\"displayName\":\"Mia Lifter\",\"coachName\":\"Ana Coach\","
                              + "\"status\":\"RED\",\"awaitingClearance\":true,"
                              + "\"clearanceLevel\":\"RED\",\"recurringPain\":false,"
                              + "\"missingWeeks\":0,\"weeks\":[{\"week\":\"2026-W47\","
                              + "\"reported\":true,\"reportId\":31,\"level\":\"RED\","
                              + "\"reviewStatus\":\"OPEN\",\"awaitingClearance\":true,"
                              + "\"beforeJoining\":false}]}],"
                              + "\"total\":1,\"page\":0,\"size\":50}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public SquadList list(@BeanParam PageQuery paging) {
    PageParams params = Violations.requireValid(validator, paging).params();
    SquadPage squadPage = squad.page(params.page(), params.size());
    return new SquadList(
        squadPage.weeks(),
        squadPage.rows().stream().map(SquadAthlete::of).toList(),
        squadPage.total(),
        squadPage.page(),
        squadPage.size());
  }

  @GET
  @Path("trends")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getSquadTrends",
      summary = "The squad's flagged share by week and most common findings",
      description = "COACH (own athletes) or TENANT_ADMIN (all); the last 12 weeks.")
  @APIResponse(
      responseCode = "200",
      description = "The trends.",
      content =
          @Content(
              schema = @Schema(implementation = Trends.class),
              examples =
                  @ExampleObject(
                      name = "trends",
                      value =
                          "{\"weeks\":[{\"week\":\"2026-W47\",\"reports\":12,\"flagged\":3,"
                              + "\"flaggedPercent\":25.0}],\"findings\":[{\"code\":"
                              + "\"RECURRING_PAIN\",\"reports\":2,\"percentOfReports\":16.7}],"
                              + "\"reports\":12}")))
  public Trends trends() {
    return Trends.of(squad.trends());
  }

  @GET
  @Path("trends/export.csv")
  @Produces(TrendExport.CSV)
  @Operation(
      operationId = "exportSquadTrendsCsv",
      summary = "The squad's trends as CSV",
      description =
          "COACH or TENANT_ADMIN. RFC 4180, UTF-8: a `week` row per week (flagged reports of all"
              + " reports) and a `finding` row per common finding (reports with it of all"
              + " reports); the same file as the squad page exports.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file, as an attachment.",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              example =
                  TrendExport.SQUAD_CSV_HEADER
                      + "\r\n\"week\",\"2026-W47\",\"3\",\"12\",\"25\"\r\n"))
  public Response csv() {
    return Attachment.of(export.csv(squad.trends()), TrendExport.CSV, "pullsafe-squad-trends.csv");
  }

  @GET
  @Path("trends/export.pdf")
  @Produces(TrendExport.PDF)
  @Operation(
      operationId = "exportSquadTrendsPdf",
      summary = "The squad's trends as PDF",
      description = "COACH or TENANT_ADMIN. The same document as the squad page exports.")
  @APIResponse(
      responseCode = "200",
      description = "The PDF document, as an attachment.",
      content =
          @Content(
              mediaType = TrendExport.PDF,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf() {
    return Attachment.of(export.pdf(squad.trends()), TrendExport.PDF, "pullsafe-squad-trends.pdf");
  }
}
