package com.pullsafe.api;

import com.pullsafe.identity.AccountService;
import com.pullsafe.identity.MeView;
import com.pullsafe.identity.PasswordChangeService;
import com.pullsafe.identity.PasswordPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/me}: who the caller is; {@code /api/v1/me/password}: change it. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

  @Inject private AccountService accounts;
  @Inject private PasswordChangeService passwords;

  /** The caller's current password and the new one. */
  public record NewPassword(
      @Schema(example = "demo-pass-2026") String currentPassword,
      @Schema(
              example = "river tulip anchor",
              minLength = PasswordPolicy.MIN_LENGTH,
              maxLength = PasswordPolicy.MAX_LENGTH)
          String newPassword) {}

  @GET
  @Operation(
      operationId = "getMe",
      summary = "Who the caller is",
      description = "Any role; `tenant` is absent for platform admins.")
  @APIResponse(
      responseCode = "200",
      description = "The caller's account.",
      content =
          @Content(
              schema = @Schema(implementation = MeView.class),
              examples =
                  @ExampleObject(
                      name = "athlete",
                      value =
                          "{\"id\":5,\"email\":\"mia@demo.test\",\"displayName\":\"Mia Keller\","
                              + "\"role\":\"ATHLETE\",\"tenant\":{\"slug\":\"demo\","
                              + "\"name\":\"Demo Strength Club\"}}")))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  public MeView me() {
    return accounts.me();
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changePassword",
      summary = "Change the caller's password",
      description =
          "Any role. The new password needs at least 10 characters and may not be a common"
              + " password, a repeated or sequential pattern, or contain the part of the e-mail"
              + " address before the @; no mix of character kinds is required. The change revokes"
              + " every token of the caller (the one used for this request too) and ends their"
              + " page sessions.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewPassword.class),
              examples =
                  @ExampleObject(
                      name = "change",
                      value =
                          "{\"currentPassword\":\"demo-pass-2026\","
                              + "\"newPassword\":\"river tulip anchor\"}")))
  @APIResponse(responseCode = "204", description = "Changed; sign in with the new password.")
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  public Response changePassword(NewPassword request) {
    passwords.change(request.currentPassword(), request.newPassword());
    return Response.noContent().build();
  }
}
