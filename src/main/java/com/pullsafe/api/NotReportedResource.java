package com.pullsafe.api;

import com.pullsafe.reminders.NotReported;
import com.pullsafe.reminders.NotReportedService;
import com.pullsafe.shared.Violations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
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

/**
 * {@code /api/v1/not-reported}: who has not reported yet this week, as on {@code
 * /coach/index.xhtml}; a coach's own athletes, a tenant admin's whole tenant.
 */
@Path("v1/not-reported")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class NotReportedResource {

  @Inject private Validator validator;
  @Inject private NotReportedService notReported;

  /** A page of athletes without a report this week, and which week that is. */
  @Schema(
      name = "NotReportedPage",
      requiredProperties = {"week", "items", "total", "page", "size"})
  public record NotReportedPage(
      @Schema(example = "2026-W49", description = "The tenant's current ISO week, in its time zone")
          String week,
      NotReported[] items,
      @Schema(description = "How many athletes have not reported in all", example = "3") long total,
      @Schema(example = "0") int page,
      @Schema(example = "50") int size) {}

  @GET
  @Operation(
      operationId = "listNotReported",
      summary = "Athletes without a report this week",
      description =
          "TENANT_ADMIN or COACH. A coach sees their own athletes, a tenant admin every athlete"
              + " of the tenant; archived athletes are left out. \"This week\" is the ISO week of"
              + " the tenant's time zone (see the reminder settings). By name.")
  @APIResponse(
      responseCode = "200",
      description = "One page and the total.",
      content =
          @Content(
              schema = @Schema(implementation = NotReportedPage.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"week\":\"2026-W49\",\"items\":[{\"athleteId\":2,"
                              + "\"displayName\":\"Lea Novak\",\"email\":\"lea@demo.test\","
                              + "\"coachId\":1,\"lastReportedWeek\":\"2026-W47\"}],"
                              + "\"total\":3,\"page\":0,\"size\":1}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public NotReportedPage list(@BeanParam PageQuery paging) {
    PageParams params = Violations.requireValid(validator, paging).params();
    return new NotReportedPage(
        notReported.currentWeek().toString(),
        notReported.page(params.page(), params.size()).toArray(NotReported[]::new),
        notReported.count(),
        params.page(),
        params.size());
  }
}
