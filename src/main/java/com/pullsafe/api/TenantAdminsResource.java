package com.pullsafe.api;

import com.pullsafe.roster.NewPerson;
import com.pullsafe.roster.StaffMember;
import com.pullsafe.roster.StaffService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/tenant-admins}: a tenant admin lists and adds the tenant's admins, and deactivates
 * ({@code POST /tenant-admins/{id}/deactivation}) and reactivates ({@code DELETE} of the same)
 * another one; the tenant always keeps an active admin.
 */
@Path("v1/tenant-admins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class TenantAdminsResource {

  @Inject private StaffService staff;

  @GET
  @Operation(
      operationId = "listTenantAdmins",
      summary = "List the tenant's admins",
      description = "TENANT_ADMIN only. `active` is false while an admin is deactivated.")
  @APIResponse(
      responseCode = "200",
      description = "The tenant admins, oldest first.",
      content =
          @Content(
              schema = @Schema(implementation = StaffMember[].class),
              examples =
                  @ExampleObject(
                      name = "admins",
                      value =
                          "[{\"id\":2,\"email\":\"admin@demo.test\",\"displayName\":\"Dana Admin\","
                              + "\"active\":true}]")))
  public List<StaffMember> list() {
    return staff.admins();
  }

  @POST
  @Operation(
      operationId = "createTenantAdmin",
      summary = "Add a tenant admin",
      description = "TENANT_ADMIN only.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewPerson.class),
              examples =
                  @ExampleObject(
                      name = "admin",
                      value =
                          "{\"email\":\"owner@demo.test\",\"displayName\":\"Olga Owner\","
                              + "\"password\":\"a-long-secret-2026\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Added; the admin can sign in.",
      content = @Content(schema = @Schema(implementation = StaffMember.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response create(NewPerson request) {
    return Response.status(Response.Status.CREATED).entity(staff.addAdmin(request)).build();
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(
      operationId = "deactivateTenantAdmin",
      summary = "Deactivate another tenant admin",
      description =
          "TENANT_ADMIN only. The admin can no longer sign in; their sessions and tokens stop"
              + " working. Refused (409) for the caller themself and for the last active admin.")
  @APIResponse(
      responseCode = "200",
      description = "The admin, now inactive.",
      content = @Content(schema = @Schema(implementation = StaffMember.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public StaffMember deactivate(@PathParam("id") long id) {
    return staff.deactivateAdmin(id);
  }

  @DELETE
  @Path("{id}/deactivation")
  @Operation(
      operationId = "reactivateTenantAdmin",
      summary = "Reactivate a tenant admin",
      description = "TENANT_ADMIN only.")
  @APIResponse(
      responseCode = "200",
      description = "The admin, active again.",
      content = @Content(schema = @Schema(implementation = StaffMember.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public StaffMember reactivate(@PathParam("id") long id) {
    return staff.reactivateAdmin(id);
  }
}
