package com.pullsafe.api;

import com.pullsafe.programming.ProgressionCap;
import com.pullsafe.settings.SettingsView;
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
 * {@code /api/v1/settings}: the tenant admin reads and changes the tenant's settings (progression
 * cap, plate increment, walking target), as on {@code /admin/settings.xhtml}.
 */
@Path("v1/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class SettingsResource {

  private static final String EXAMPLE =
      "{\"progressionCapPercent\":5,\"plateIncrementKg\":2.5,\"walkingTargetMinutes\":30}";

  @Inject private TenantSettingsService settings;

  @GET
  @Operation(
      operationId = "getSettings",
      summary = "The tenant's settings",
      description = "TENANT_ADMIN only. The defaults until a tenant admin changes them.")
  @APIResponse(
      responseCode = "200",
      description = "The settings.",
      content =
          @Content(
              schema = @Schema(implementation = SettingsView.class),
              examples = @ExampleObject(name = "settings", value = EXAMPLE)))
  public SettingsView get() {
    return settings.administered();
  }

  @PUT
  @Operation(
      operationId = "updateSettings",
      summary = "Change the tenant's settings",
      description =
          "TENANT_ADMIN only. All three values: progressionCapPercent from "
              + ProgressionCap.MIN_PERCENT_TEXT
              + " to "
              + ProgressionCap.MAX_PERCENT_TEXT
              + ", plateIncrementKg from "
              + SettingsView.PLATE_INCREMENT_MIN_KG
              + " to "
              + SettingsView.PLATE_INCREMENT_MAX_KG
              + " (two decimals each), walkingTargetMinutes from 0 to "
              + SettingsView.WALKING_TARGET_MAX
              + ". Audited with what changed; triage and programming use the new values from"
              + " then on.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = SettingsView.class),
              examples = @ExampleObject(name = "settings", value = EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The settings now.",
      content = @Content(schema = @Schema(implementation = SettingsView.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "409",
      ref = ApiDocs.CONFLICT,
      description = "Another tenant admin changed the settings at the same moment.")
  public SettingsView update(SettingsView body) {
    return settings.change(ReportsResource.required(body));
  }
}
