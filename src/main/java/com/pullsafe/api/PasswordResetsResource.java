package com.pullsafe.api;

import com.pullsafe.identity.PasswordResetService;
import com.pullsafe.identity.ResetThrottled;
import com.pullsafe.shared.Bundle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/password-resets}: the two requests that need no sign-in ({@link ApiSignInFilter}
 * lets them through): asking for a reset link, and setting a password with a link's token (a
 * reset's or an invitation's).
 */
@Path("v1/password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@SecurityRequirementsSet
public class PasswordResetsResource {

  /** The paths here that take requests without credentials, as the container routes them. */
  static final String REQUEST_PATH = "/v1/password-resets";

  static final String COMPLETION_PATH = REQUEST_PATH + "/completion";

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.identity.IdentityMessages", PasswordResetsResource.class);

  /** Asks for a reset link. */
  public record ResetRequest(String email) {}

  /** Sets the password with the token from a link ({@code ?token=} of the mailed address). */
  public record ResetCompletion(String token, String password) {}

  @Inject private PasswordResetService resets;
  @Context private HttpServletRequest request;

  @POST
  @Operation(
      operationId = "requestPasswordReset",
      summary = "Ask for a password reset link",
      description =
          "No sign-in. Mails a one-time link (valid 1 hour by default) if an active account has"
              + " the address. The answer is the same whether or not one has: 202. Too many"
              + " requests from one client address: 429 with `Retry-After`.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = ResetRequest.class),
              examples = @ExampleObject(name = "request", value = "{\"email\":\"mia@demo.test\"}")))
  @APIResponse(
      responseCode = "202",
      description = "If the address has an account, a link is on its way.")
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "429",
      description = "Too many requests from this address; `Retry-After` says how long to wait.",
      content =
          @Content(
              mediaType = ApiDocs.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public Response request(ResetRequest body) {
    try {
      resets.request(body == null ? null : body.email(), request.getRemoteAddr());
    } catch (ResetThrottled e) {
      return Problems.builder(
              Response.Status.TOO_MANY_REQUESTS,
              TEXTS.text("reset.throttled", e.retryAfterSeconds()))
          .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
          .build();
    }
    return Response.accepted().build();
  }

  @POST
  @Path("completion")
  @Operation(
      operationId = "completePasswordReset",
      summary = "Set a password with a link's token",
      description =
          "No sign-in. `token` is the `token` parameter of the mailed link (an invitation's or a"
              + " reset's); it works once and until it expires, and a newer link replaces it."
              + " `password` follows the password policy. Sessions and API tokens of the account"
              + " from before stop working.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = ResetCompletion.class),
              examples =
                  @ExampleObject(
                      name = "completion",
                      value = "{\"token\":\"psl_q3Jx…\",\"password\":\"a-long-secret-2026\"}")))
  @APIResponse(responseCode = "204", description = "The password is set; sign in with it.")
  @APIResponse(
      responseCode = "400",
      ref = ApiDocs.BAD_REQUEST,
      description = "The token does not work (`token`) or the password is refused (`password`).")
  public Response complete(ResetCompletion body) {
    resets.complete(body == null ? null : body.token(), body == null ? null : body.password());
    return Response.noContent().build();
  }
}
