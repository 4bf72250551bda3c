package com.pullsafe.api;

import com.pullsafe.webhooks.CreatedWebhook;
import com.pullsafe.webhooks.DeliveryView;
import com.pullsafe.webhooks.NewWebhook;
import com.pullsafe.webhooks.WebhookService;
import com.pullsafe.webhooks.WebhookView;
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

/** {@code /api/v1/webhooks}: the tenant's webhook endpoints and their deliveries (tenant admin). */
@Path("v1/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class WebhooksResource {

  @Inject private WebhookService webhooks;

  @GET
  @Operation(operationId = "listWebhooks", summary = "List the tenant's webhook endpoints")
  @APIResponse(
      responseCode = "200",
      description = "The endpoints, oldest first, never with their secret.",
      content = @Content(schema = @Schema(implementation = WebhookView[].class)))
  public List<WebhookView> list() {
    return webhooks.list();
  }

  @POST
  @Operation(
      operationId = "createWebhook",
      summary = "Add a webhook endpoint",
      description =
          "`url` must be `https://` to a public host. `events`: any of `report.flagged` (RED or"
              + " URGENT), `report.urgent`, `review.completed`, `athlete.cleared`. The answer is"
              + " the only time the signing `secret` is shown.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewWebhook.class),
              examples =
                  @ExampleObject(
                      name = "flagged reports",
                      value =
                          "{\"url\":\"https://hooks.example.com/pullsafe\","
                              + "\"events\":[\"report.flagged\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; keep the secret to verify `PullSafe-Signature`.",
      content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public Response create(NewWebhook request) {
    NewWebhook input = request == null ? new NewWebhook(null, null) : request;
    return Response.status(Response.Status.CREATED).entity(webhooks.create(input)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteWebhook",
      summary = "Delete a webhook endpoint",
      description = "With its deliveries.")
  @APIResponse(responseCode = "204", description = "Deleted.")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response delete(@PathParam("id") long id) {
    webhooks.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(
      operationId = "disableWebhook",
      summary = "Disable a webhook endpoint",
      description = "Nothing is sent to it until it is enabled again.")
  @APIResponse(
      responseCode = "200",
      description = "Disabled.",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public WebhookView disable(@PathParam("id") long id) {
    return webhooks.setActive(id, false);
  }

  @DELETE
  @Path("{id}/deactivation")
  @Operation(operationId = "enableWebhook", summary = "Enable a disabled webhook endpoint")
  @APIResponse(
      responseCode = "200",
      description = "Enabled.",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public WebhookView enable(@PathParam("id") long id) {
    return webhooks.setActive(id, true);
  }

  @GET
  @Path("deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "List the latest webhook deliveries",
      description =
          "The 50 latest, newest first: status (`PENDING`, `RETRYING`, `DELIVERED`, `FAILED`),"
              + " attempts, the receiver's last status code and the start of its answer.")
  @APIResponse(
      responseCode = "200",
      description = "The deliveries.",
      content = @Content(schema = @Schema(implementation = DeliveryView[].class)))
  public List<DeliveryView> deliveries() {
    return webhooks.recentDeliveries();
  }

  @POST
  @Path("deliveries/{id}/resend")
  @Operation(
      operationId = "resendWebhookDelivery",
      summary = "Send a delivery again",
      description = "Sent at once after the answer, with a new signature time.")
  @APIResponse(
      responseCode = "202",
      description = "Queued.",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response resend(@PathParam("id") long id) {
    return Response.accepted(webhooks.resend(id)).build();
  }
}
