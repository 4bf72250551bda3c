package com.pullsafe.api;

import com.pullsafe.alerts.NotificationService;
import com.pullsafe.alerts.NotificationView;
import com.pullsafe.shared.Violations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/me/notifications}: the caller's in-app notifications about RED and URGENT reports,
 * newest first, each saying whether its e-mail went out: a coach's about their athletes, a tenant
 * admin's about athletes without a coach. The pages show the same list on the dashboard.
 */
@Path("v1/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class NotificationsResource {

  @Inject private Validator validator;
  @Inject private NotificationService notifications;

  @GET
  @Operation(
      operationId = "listNotifications",
      summary = "The caller's notifications about RED and URGENT reports, newest first",
      description = "COACH: about their athletes. TENANT_ADMIN: about athletes who have no coach.")
  @APIResponse(
      responseCode = "200",
      description = "A page of notifications; mailStatus is PENDING, SENT or FAILED.",
      content = @Content(schema = @Schema(implementation = NotificationView[].class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public List<NotificationView> mine(@BeanParam PageQuery paging) {
    PageParams params = Violations.requireValid(validator, paging).params();
    return notifications.mine(params.page(), params.size());
  }
}
