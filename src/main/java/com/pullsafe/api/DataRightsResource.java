package com.pullsafe.api;

import com.pullsafe.privacy.AthleteData;
import com.pullsafe.privacy.AthleteDataService;
import com.pullsafe.privacy.AthleteErasureService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * Data rights (issue 15): an athlete's data as JSON or as a zip of CSV files, for the athlete
 * ({@code /me/data}) or their tenant admin ({@code /athletes/{id}/data}), and the tenant admin's
 * erasure of an athlete.
 */
@Path("v1")
@RequestScoped
@Tag(name = "Data rights")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class DataRightsResource {

  static final String ZIP = "application/zip";

  @Inject private AthleteDataService data;
  @Inject private AthleteErasureService erasure;

  @GET
  @Path("me/data")
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
  @Path("me/data/csv")
  @Produces(ZIP)
  @Operation(
      operationId = "exportMyDataCsv",
      summary = "All of the signed-in athlete's data as a zip with one CSV file per section",
      description = "ATHLETE. The same sections and columns as the JSON document.")
  @APIResponse(responseCode = "200", description = "A zip of CSV files.")
  public Response myDataCsv() {
    return zip(data.ownData());
  }

  @GET
  @Path("athletes/{id}/data")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "exportAthleteData",
      summary = "All of one athlete's data as one JSON document",
      description = "TENANT_ADMIN of the athlete's tenant, or the athlete; anyone else gets 404.")
  @APIResponse(
      responseCode = "200",
      description = "The athlete's data.",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response athleteData(@PathParam("id") long id) {
    return json(data.athleteData(id));
  }

  @GET
  @Path("athletes/{id}/data/csv")
  @Produces(ZIP)
  @Operation(
      operationId = "exportAthleteDataCsv",
      summary = "All of one athlete's data as a zip with one CSV file per section",
      description = "TENANT_ADMIN of the athlete's tenant, or the athlete; anyone else gets 404.")
  @APIResponse(responseCode = "200", description = "A zip of CSV files.")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response athleteDataCsv(@PathParam("id") long id) {
    return zip(data.athleteData(id));
  }

  @POST
  @Path("athletes/{id}/erasure")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "eraseAthlete",
      summary = "Erase an athlete's personal data",
      description =
          "TENANT_ADMIN. Deletes the athlete's reports (kept only as per-week, per-level counts"
              + " of the tenant), reviews, notes, assignments, clearances and notifications;"
              + " replaces name and e-mail with placeholders, removes the password and tokens;"
              + " the account can no longer sign in. Audited. Cannot be undone.")
  @APIResponse(
      responseCode = "200",
      description = "What was erased.",
      content = @Content(schema = @Schema(implementation = AthleteErasureService.Erasure.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public AthleteErasureService.Erasure erase(@PathParam("id") long id) {
    return erasure.erase(id);
  }

  private static Response json(AthleteData export) {
    JsonObject document = export.json();
    return Response.ok(document, MediaType.APPLICATION_JSON)
        .header("Content-Disposition", disposition(export, "json"))
        .build();
  }

  private static Response zip(AthleteData export) {
    return Response.ok(export.csvZip(), ZIP)
        .header("Content-Disposition", disposition(export, "zip"))
        .build();
  }

  static String disposition(AthleteData export, String extension) {
    return "attachment; filename=\"athlete-" + export.athleteId() + "-data." + extension + "\"";
  }
}
