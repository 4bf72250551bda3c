package com.pullsafe.api;

import com.pullsafe.reminders.ReminderSubscriptions;
import com.pullsafe.shared.Violations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
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
 * {@code /api/v1/me/reminders}: whether the signed-in athlete gets reminder e-mails, as on their
 * profile page (and how they get them again after unsubscribing by the link).
 */
@Path("v1/me/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class MyRemindersResource {

  private static final String EXAMPLE = "{\"enabled\":true}";

  @Inject private ReminderSubscriptions subscriptions;
  @Inject private Validator validator;

  /** Whether the athlete gets reminders. */
  @Schema(name = "ReminderChoice", requiredProperties = "enabled")
  public record ReminderChoice(
      @Schema(example = "true") @NotNull(message = "{pullsafe.reminders.enabled}")
          Boolean enabled) {}

  @GET
  @Operation(
      operationId = "getMyReminders",
      summary = "Whether the caller gets reminder e-mails",
      description = "ATHLETE only.")
  @APIResponse(
      responseCode = "200",
      description = "The caller's choice.",
      content =
          @Content(
              schema = @Schema(implementation = ReminderChoice.class),
              examples = @ExampleObject(name = "on", value = EXAMPLE)))
  public ReminderChoice get() {
    return new ReminderChoice(subscriptions.subscribed());
  }

  @PUT
  @Operation(
      operationId = "updateMyReminders",
      summary = "Turn the caller's reminder e-mails on or off",
      description = "ATHLETE only. On again after unsubscribing by the link in a reminder, or off.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = ReminderChoice.class),
              examples = @ExampleObject(name = "on", value = EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The caller's choice now.",
      content =
          @Content(
              schema = @Schema(implementation = ReminderChoice.class),
              examples = @ExampleObject(name = "on", value = EXAMPLE)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public ReminderChoice update(ReminderChoice body) {
    Violations.requireValid(validator, ReportsResource.required(body));
    return new ReminderChoice(subscriptions.subscribe(body.enabled()));
  }
}
