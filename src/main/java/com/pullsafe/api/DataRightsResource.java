package com.pullsafe.api;

import com.pullsafe.privacy.AthleteData;
import com.pullsafe.privacy.AthleteDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Data rights, {@code /me/data}: the signed-in athlete's data as JSON or as a zip of CSV files.
 * (Its own root, not a method of {@code v1/me}: JAX-RS picks the most specific class path first and
 * looks no further.)
 */
@Path("v1/me/data")
@RequestScoped
@Tag(name = "Data rights")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class DataRightsResource {

  static final String ZIP = "application/zip";

  @Inject private AthleteDataService data;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "exportMyData",
      summary = "All of the signed-in athlete's data as one JSON document",
      description =
          "ATHLETE. Sections: account (no secrets), accessTokens, profile, reports,"
              + " reportVersions, triageResults, triageFindings, triageSuggestions, reviews,"
              + " assignments, clearances, notifications, auditEntries.")
  @APIResponse(
      responseCode = "200",
      description = "The athlete's data.",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Response myData() {
    return json(data.ownData());
  }

  @GET
  @Path("csv")
  @Produces(ZIP)
  @Operation(
      operationId = "exportMyDataCsv",
      summary = "All of the signed-in athlete's data as a zip with one CSV file per section",
      description = "ATHLETE. The same sections and columns as the JSON document.")
  @APIResponse(responseCode = "200", description = "A zip of CSV files.")
  public Response myDataCsv() {
    return zip(data.ownData());
  }

  static Response json(AthleteData export) {
    JsonObject document = export.json();
    return Attachment.of(document, MediaType.APPLICATION_JSON, fileName(export, "json"));
  }

  static Response zip(AthleteData export) {
    return Attachment.of(export.csvZip(), ZIP, fileName(export, "zip"));
  }

  static String fileName(AthleteData export, String extension) {
    return "athlete-" + export.athleteId() + "-data." + extension;
  }
}
