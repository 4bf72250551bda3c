package com.pullsafe.api;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditEntry;
import com.pullsafe.audit.AuditLogService;
import com.pullsafe.shared.Violations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/audit-entries}: the tenant's audit trail for its tenant admins, newest first,
 * filtered and paged in the database, as on {@code /admin/audit.xhtml}.
 */
@Path("v1/audit-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
public class AuditResource {

  @Inject private Validator validator;
  @Inject private AuditLogService log;

  /**
   * Who did what to which object, and when.
   *
   * @param actor the login of who did it, or {@code system}
   * @param subject who or what the entry is about, by name; absent in entries older than subjects
   */
  public record AuditItem(
      long id,
      Instant at,
      String actor,
      AuditAction action,
      String objectType,
      long objectId,
      String subject,
      String detail) {

    static AuditItem of(AuditEntry e) {
      return new AuditItem(
          e.getId(),
          e.getAt(),
          e.getActor(),
          e.getAction(),
          e.getObjectType(),
          e.getObjectId(),
          e.getSubject(),
          e.getDetail());
    }
  }

  /** A page of audit entries (a named type, so the OpenAPI document shows the item schema). */
  @Schema(name = "AuditPage")
  public interface AuditPage {
    @Schema(required = true)
    AuditItem[] items();

    @Schema(description = "How many entries match the filters in all", example = "42")
    long total();

    @Schema(example = "0")
    int page();

    @Schema(example = "50")
    int size();
  }

  @GET
  @Operation(
      operationId = "listAuditEntries",
      summary = "Page through the tenant's audit trail, newest first",
      description =
          "TENANT_ADMIN only. Every change to people, settings, reviews, assignments and"
              + " clearances, and every sign-in, of the caller's tenant.")
  @APIResponse(
      responseCode = "200",
      description = "One page and the total.",
      content =
          @Content(
              schema = @Schema(implementation = AuditPage.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"items\":[{\"id\":41,\"at\":\"2026-11-30T09:12:03Z\","
                              + "\"actor\":\"admin@demo.test\",\"action\":\"SETTINGS_CHANGED\","
                              + "\"objectType\":\"TenantSettings\",\"objectId\":1,"
                              + "\"subject\":\"Settings\","
                              + "\"detail\":\"Weekly progression cap 5 % → 4 %.\"}],"
                              + "\"total\":42,\"page\":0,\"size\":1}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public Page<AuditItem> list(
      @Parameter(
              description = "Only this action",
              schema = @Schema(implementation = AuditAction.class))
          @QueryParam("action")
          String action,
      @Parameter(description = "Only actors whose login contains this text", example = "coach.ana")
          @QueryParam("actor")
          String actor,
      @Parameter(
              description = "Only entries of this day (UTC) or later",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Only entries of this day (UTC) or earlier",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @BeanParam PageQuery paging) {
    AuditQuery filters = new AuditQuery(action, actor, from, to);
    Violations.requireEachValid(validator, filters, paging);
    PageParams params = paging.params();
    AuditLogService.Page found = log.page(filters.filter(), params.page(), params.size());
    return params.of(found.entries().stream().map(AuditItem::of).toList(), found.total());
  }
}
