package com.pullsafe.api;

import com.pullsafe.platformadmin.NewTenant;
import com.pullsafe.platformadmin.TenantAdministrationService;
import com.pullsafe.platformadmin.TenantDeletionService;
import com.pullsafe.platformadmin.TenantSummary;
import com.pullsafe.tenancy.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/tenants}: the platform admin opens tenants, lists them with their counts, and
 * suspends ({@code POST /tenants/{id}/suspension}) and reactivates ({@code DELETE} of the same)
 * them, and deletes a suspended tenant with all of its data ({@code DELETE /tenants/{id}}).
 */
@Path("v1/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class TenantsResource {

  @Inject private TenantAdministrationService tenants;
  @Inject private TenantDeletionService deletion;
  @Context private UriInfo uri;

  /** A tenant just opened. */
  public record CreatedTenant(long id, String slug, String name, Tenant.Status status) {}

  /** A tenant with how many coaches, athletes and reports it has. */
  public record TenantItem(
      long id,
      String slug,
      String name,
      Tenant.Status status,
      long coaches,
      long athletes,
      long reports) {

    static TenantItem of(TenantSummary s) {
      return new TenantItem(
          s.id(), s.slug(), s.name(), s.status(), s.coaches(), s.athletes(), s.reports());
    }
  }

  @POST
  @Operation(
      operationId = "createTenant",
      summary = "Open a tenant with its first tenant admin",
      description =
          "PLATFORM_ADMIN. The slug names the tenant in addresses and must be free; the first"
              + " tenant admin signs in with adminEmail and adminPassword.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewTenant.class),
              examples =
                  @ExampleObject(
                      name = "gym",
                      value =
                          "{\"slug\":\"strong-gym\",\"name\":\"Strong Gym\","
                              + "\"adminEmail\":\"owner@strong-gym.test\","
                              + "\"adminDisplayName\":\"Olga Owner\","
                              + "\"adminPassword\":\"a-long-secret-2026\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Opened; `Location` is the tenant's address.",
      content =
          @Content(
              schema = @Schema(implementation = CreatedTenant.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"id\":3,\"slug\":\"strong-gym\",\"name\":\"Strong Gym\","
                              + "\"status\":\"ACTIVE\"}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response create(NewTenant request) {
    Tenant tenant = tenants.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(tenant.getId().toString()).build())
        .entity(
            new CreatedTenant(
                tenant.getId(), tenant.getSlug(), tenant.getName(), tenant.getStatus()))
        .build();
  }

  @GET
  @Operation(
      operationId = "listTenants",
      summary = "List the tenants with their counts",
      description =
          "PLATFORM_ADMIN. Each tenant with how many coaches, athletes and reports it has.")
  @APIResponse(
      responseCode = "200",
      description = "Every tenant, by name.",
      content =
          @Content(
              schema = @Schema(implementation = TenantItem[].class),
              examples =
                  @ExampleObject(
                      name = "tenants",
                      value =
                          "[{\"id\":1,\"slug\":\"demo\",\"name\":\"Demo Strength Club\","
                              + "\"status\":\"ACTIVE\",\"coaches\":2,\"athletes\":6,"
                              + "\"reports\":0}]")))
  public List<TenantItem> list() {
    return tenants.summaries().stream().map(TenantItem::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getTenant",
      summary = "One tenant with its counts",
      description = "PLATFORM_ADMIN. An unknown id is 404.")
  @APIResponse(
      responseCode = "200",
      description = "The tenant.",
      content = @Content(schema = @Schema(implementation = TenantItem.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public TenantItem get(@PathParam("id") long id) {
    return TenantItem.of(tenants.summary(id));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteTenant",
      summary = "Delete a suspended tenant with all of its data",
      description =
          "PLATFORM_ADMIN. Removes every row of the tenant in every table in one transaction:"
              + " its accounts (their sessions and tokens end, their e-mail addresses are free"
              + " again), roster, reports, reviews, programs, alerts, webhooks, settings and audit"
              + " trail. Only a suspended tenant can be deleted (409 otherwise); `confirmName`"
              + " must be the tenant's name exactly (400 naming the field otherwise). A platform"
              + " audit entry records who deleted which tenant and how many rows. Cannot be"
              + " undone: export the tenant's data first.")
  @APIResponse(
      responseCode = "200",
      description = "Deleted: the tenant and the number of rows removed per table.",
      content =
          @Content(
              schema = @Schema(implementation = TenantDeletionService.DeletedTenant.class),
              examples =
                  @ExampleObject(
                      name = "deleted",
                      value =
                          "{\"id\":3,\"slug\":\"strong-gym\",\"name\":\"Strong Gym\","
                              + "\"rows\":{\"audit_entry\":12,\"athlete\":6,\"coach\":2,"
                              + "\"app_user\":9,\"tenant\":1}}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public TenantDeletionService.DeletedTenant delete(
      @PathParam("id") long id,
      @Parameter(
              description = "The tenant's name, exactly, to confirm the deletion.",
              example = "Strong Gym")
          @QueryParam(TenantDeletionService.CONFIRM_FIELD)
          String confirmName) {
    return deletion.delete(id, confirmName);
  }

  @POST
  @Path("{id}/suspension")
  @Operation(
      operationId = "suspendTenant",
      summary = "Suspend a tenant",
      description =
          "Nobody of the tenant can sign in; their sessions and tokens stop working until the"
              + " tenant is reactivated. The tenant's data stays. Repeating it changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The tenant, now suspended.",
      content =
          @Content(
              schema = @Schema(implementation = TenantItem.class),
              examples =
                  @ExampleObject(
                      name = "suspended",
                      value =
                          "{\"id\":1,\"slug\":\"demo\",\"name\":\"Demo Strength Club\","
                              + "\"status\":\"SUSPENDED\",\"coaches\":2,\"athletes\":6,"
                              + "\"reports\":0}")))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public TenantItem suspend(@PathParam("id") long id) {
    tenants.suspend(id);
    return TenantItem.of(tenants.summary(id));
  }

  @DELETE
  @Path("{id}/suspension")
  @Operation(
      operationId = "reactivateTenant",
      summary = "Reactivate a suspended tenant",
      description = "Its people can sign in again and their tokens work again.")
  @APIResponse(
      responseCode = "200",
      description = "The tenant, active again.",
      content = @Content(schema = @Schema(implementation = TenantItem.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public TenantItem reactivate(@PathParam("id") long id) {
    tenants.reactivate(id);
    return TenantItem.of(tenants.summary(id));
  }
}
