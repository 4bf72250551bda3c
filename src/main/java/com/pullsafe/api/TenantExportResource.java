package com.pullsafe.api;

import com.pullsafe.privacy.TenantExportService;
import com.pullsafe.privacy.TenantExportService.ExportedTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data rights, {@code /tenant/export}: the tenant admin downloads the whole tenant's data. */
@Path("v1/tenant/export")
@RequestScoped
@Tag(name = "Data rights")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class TenantExportResource {

  @Inject private TenantExportService exports;

  @GET
  @Produces(DataRightsResource.ZIP)
  @Operation(
      operationId = "exportTenantData",
      summary = "All of the tenant's data as a zip with one CSV file per table",
      description =
          "TENANT_ADMIN. Every table of the tenant (its settings, accounts without password"
              + " hashes, tokens and authenticators without their secrets, coaches, athletes,"
              + " reports with their versions, triage results, reviews, assignments, clearances,"
              + " alerts, webhooks without their secrets and their deliveries, the audit trail),"
              + " one `<table>.csv` each with a header row, and `manifest.json` listing every file"
              + " with its columns and number of rows. Streamed as it is read; audited when"
              + " complete. An export that runs out of time ends with a cut-off (invalid) zip.")
  @APIResponse(
      responseCode = "200",
      description = "A zip of CSV files and a manifest.",
      content =
          @Content(
              mediaType = DataRightsResource.ZIP,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response export() {
    ExportedTenant tenant = exports.tenant();
    StreamingOutput body = out -> exports.export(out);
    return Attachment.of(body, DataRightsResource.ZIP, tenant.fileName());
  }
}
