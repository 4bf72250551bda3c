package com.pullsafe.api;

import com.pullsafe.privacy.AthleteDataService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
 * Data rights, {@code /athletes/{id}/data}: one athlete's data as JSON or as a zip of CSV files,
 * for their tenant admin or the athlete.
 */
@Path("v1/athletes/{id}/data")
@RequestScoped
@Tag(name = "Data rights")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class AthleteDataResource {

  @Inject private AthleteDataService data;

  @GET
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
    return DataRightsResource.json(data.athleteData(id));
  }

  @GET
  @Path("csv")
  @Produces(DataRightsResource.ZIP)
  @Operation(
      operationId = "exportAthleteDataCsv",
      summary = "All of one athlete's data as a zip with one CSV file per section",
      description = "TENANT_ADMIN of the athlete's tenant, or the athlete; anyone else gets 404.")
  @APIResponse(responseCode = "200", description = "A zip of CSV files.")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response athleteDataCsv(@PathParam("id") long id) {
    return DataRightsResource.zip(data.athleteData(id));
  }
}
