package com.pullsafe.api;

import com.pullsafe.identity.AccessTokenService;
import com.pullsafe.identity.IssuedToken;
import com.pullsafe.identity.TokenView;
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

/** {@code /api/v1/me/tokens}: the caller's personal access tokens (create, list, revoke). */
@Path("v1/me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class TokensResource {

  @Inject private AccessTokenService tokens;

  /**
   * What a new token is called, e.g. after the device or integration that uses it, and for how many
   * days it works (absent: until revoked).
   */
  public record NewToken(
      @Schema(example = "Mia's phone", maxLength = 80) String name,
      @Schema(
              example = "90",
              minimum = "1",
              maximum = "365",
              description = "Days until the token expires; absent for a token that never expires")
          Integer expiresInDays) {}

  @POST
  @Operation(
      operationId = "createToken",
      summary = "Create a personal access token",
      description =
          "The answer is the only time the token is shown; only its hash is stored. With"
              + " `expiresInDays` the token stops working that many days later (`expiresAt`);"
              + " without it, it works until revoked. Changing the password revokes every token.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = NewToken.class),
              examples = {
                @ExampleObject(name = "phone", value = "{\"name\":\"Mia's phone\"}"),
                @ExampleObject(
                    name = "for 90 days",
                    value = "{\"name\":\"Mia's phone\",\"expiresInDays\":90}")
              }))
  @APIResponse(
      responseCode = "201",
      description = "Created; use the token as `Authorization: Bearer <token>`.",
      content =
          @Content(
              schema = @Schema(implementation = IssuedToken.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"id\":7,\"name\":\"Mia's phone\","
                              + "\"token\":\"psk_3q2-7wEXAMPLEonlyNotARealToken0123456789abc\","
                              + "\"expiresAt\":\"2027-02-18T08:15:00Z\"}")))
  @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
  public Response create(NewToken request) {
    return Response.status(Response.Status.CREATED)
        .entity(tokens.create(request.name(), request.expiresInDays()))
        .build();
  }

  @GET
  @Operation(
      operationId = "listTokens",
      summary = "List the caller's tokens",
      description =
          "Names and prefixes, never the token. An expired token is listed (`expired`) until"
              + " revoked, but no longer signs in.")
  @APIResponse(
      responseCode = "200",
      description = "The tokens not revoked, oldest first.",
      content =
          @Content(
              schema = @Schema(implementation = TokenView[].class),
              examples =
                  @ExampleObject(
                      name = "tokens",
                      value =
                          "[{\"id\":7,\"name\":\"Mia's phone\",\"prefix\":\"psk_3q2-7wEX\","
                              + "\"createdAt\":\"2026-11-20T08:15:00Z\","
                              + "\"expiresAt\":\"2027-02-18T08:15:00Z\",\"expired\":false}]")))
  public List<TokenView> list() {
    return tokens.mine();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "revokeToken",
      summary = "Revoke one of the caller's tokens",
      description = "It stops working at once.")
  @APIResponse(responseCode = "204", description = "Revoked.")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
