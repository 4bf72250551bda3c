package com.pullsafe.api;

import com.pullsafe.settings.ReminderSettings;
import com.pullsafe.settings.TenantSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/settings/reminders}: when the tenant's athletes without a report are reminded by
 * e-mail, as in the reminders part of {@code /admin/settings.xhtml}.
 */
@Path("v1/settings/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class ReminderSettingsResource {

  private static final String EXAMPLE =
      "{\"enabled\":true,\"day\":\"SUNDAY\",\"hour\":18,\"timeZone\":\"Europe/Berlin\"}";

  @Inject private TenantSettingsService settings;

  /** The reminder settings as sent and answered (a named type for the OpenAPI document). */
  @Schema(
      name = "ReminderSettings",
      requiredProperties = {"enabled", "day", "hour", "timeZone"})
  public interface Documented {
    @Schema(description = "Whether athletes are reminded at all", example = "true")
    boolean enabled();

    @Schema(
        enumeration = {
          "MONDAY",
          "TUESDAY",
          "WEDNESDAY",
          "THURSDAY",
          "FRIDAY",
          "SATURDAY",
          "SUNDAY"
        },
        example = "SUNDAY")
    String day();

    @Schema(minimum = "0", maximum = "23", example = "18", description = "Whole hour, local time")
    int hour();

    @Schema(
        example = "Europe/Berlin",
        maxLength = ReminderSettings.TIME_ZONE_MAX,
        description =
            "An IANA time zone id; it also decides which ISO week is the tenant's current")
    String timeZone();
  }

  @GET
  @Operation(
      operationId = "getReminderSettings",
      summary = "When athletes are reminded of a missing report",
      description = "TENANT_ADMIN only. Sunday 18:00 UTC, on, until a tenant admin changes them.")
  @APIResponse(
      responseCode = "200",
      description = "The reminder settings.",
      content =
          @Content(
              schema = @Schema(implementation = Documented.class),
              examples = @ExampleObject(name = "reminders", value = EXAMPLE)))
  public ReminderSettings get() {
    return settings.reminders();
  }

  @PUT
  @Operation(
      operationId = "updateReminderSettings",
      summary = "Change when athletes are reminded",
      description =
          "TENANT_ADMIN only. All four values: enabled, day (MONDAY to SUNDAY), hour (0 to 23)"
              + " and timeZone (an IANA id such as Europe/Berlin). Athletes without a report for"
              + " the tenant's current week get one e-mail at that local time (or in the first"
              + " round after it); at most one per athlete and week. Audited.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = Documented.class),
              examples = @ExampleObject(name = "reminders", value = EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The reminder settings now.",
      content =
          @Content(
              schema = @Schema(implementation = Documented.class),
              examples = @ExampleObject(name = "reminders", value = EXAMPLE)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "409",
      ref = ApiDocs.CONFLICT,
      description = "Another tenant admin changed the settings at the same moment.")
  public ReminderSettings update(ReminderSettings body) {
    return settings.changeReminders(ReportsResource.required(body));
  }
}
