package com.pullsafe.api;

import com.pullsafe.privacy.AthleteErasureService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data rights, {@code /athletes/{id}/erasure}: the tenant admin erases an athlete. */
@Path("v1/athletes/{id}/erasure")
@RequestScoped
@Tag(name = "Data rights")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class AthleteErasureResource {

  @Inject private AthleteErasureService erasure;

  @POST
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
}
