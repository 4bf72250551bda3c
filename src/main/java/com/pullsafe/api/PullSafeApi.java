package com.pullsafe.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API lives under {@code /api}; version 1 resources under {@code /api/v1}. The OpenAPI
 * document that WildFly publishes at {@code /openapi} starts from the definition here: the two ways
 * to sign in, the error answers every operation shares, and what Redocly's lint asks of a document
 * (a server, a licence, the tags described). Every operation names itself with an {@code
 * operationId}: generated clients call their methods by it, so it stays once published.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "PullSafe API",
            version = "1",
            description =
                "Weekly back-pain reports, triage, coach review and programming for deadlifters."
                    + " Sign in with a personal access token as `Authorization: Bearer psk_...`"
                    + " (made on the profile page or with POST /api/v1/me/tokens), or with HTTP"
                    + " Basic (e-mail and password) if the account signs in to the pages without"
                    + " a second factor. An account with a second factor gets a 401 of type"
                    + " `https://pullsafe.com/problems/second-factor-required` for Basic: it"
                    + " signs in on the pages with its second factor and makes a token on its"
                    + " profile page. Errors are RFC 9457 problem details.",
            license =
                @License(
                    name = "Proprietary: all rights reserved",
                    identifier = "LicenseRef-PullSafe-Proprietary")),
    servers = @Server(url = "/", description = "The portal that serves this document"),
    externalDocs =
        @ExternalDocumentation(
            description = "This document in Swagger UI, served by the portal",
            url = "/api-docs.html"),
    tags = {
      @Tag(name = "Me", description = "The caller's account, password, tokens and alerts."),
      @Tag(
          name = "People",
          description = "Athletes, coaches and tenant admins of the caller's tenant."),
      @Tag(name = "Programming", description = "The catalog of deadlift alternatives and drills."),
      @Tag(
          name = "Reports",
          description = "Weekly reports, their triage, the review queue and coaches' reviews."),
      @Tag(name = "Tenants", description = "PLATFORM_ADMIN only: the tenants of the installation."),
      @Tag(name = "Tenant", description = "TENANT_ADMIN: the tenant's settings and audit trail."),
      @Tag(
          name = "Authentication",
          description = "Without signing in: a password reset link asked for and used."),
      @Tag(
          name = "Data rights",
          description = "An athlete's data downloaded (by them or the tenant admin) or erased."),
      @Tag(
          name = "Squad",
          description =
              "COACH (own athletes), TENANT_ADMIN (all): the squad's last 12 weeks and trends."),
      @Tag(
          name = "Webhooks",
          description = "TENANT_ADMIN: endpoints that receive signed events, and the deliveries.")
    },
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")},
    components =
        @Components(
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = "basic",
                  type = SecuritySchemeType.HTTP,
                  scheme = "basic",
                  description =
                      "E-mail and password; each request costs a slow password hash. Refused"
                          + " (401, type `https://pullsafe.com/problems/second-factor-required`)"
                          + " for an account that signs in with a second factor or must set"
                          + " one up: platform admins, coaches and tenant admins of a tenant"
                          + " that requires it, and everyone who set one up."),
              @SecurityScheme(
                  securitySchemeName = "bearer",
                  type = SecuritySchemeType.HTTP,
                  scheme = "bearer",
                  bearerFormat = "psk_ + 43 base64url characters",
                  description =
                      "A personal access token from the profile page or POST /api/v1/me/tokens.")
            },
            responses = {
              @APIResponse(
                  name = ApiDocs.BAD_REQUEST,
                  responseCode = "400",
                  description = "Invalid input; nothing was stored. `errors` names each bad field.",
                  content =
                      @Content(
                          mediaType = ApiDocs.PROBLEM_JSON,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "invalid",
                                  value =
                                      "{\"type\":\"about:blank\",\"title\":\"Bad Request\","
                                          + "\"status\":400,\"detail\":\"One field is invalid.\","
                                          + "\"errors\":[{\"field\":\"email\","
                                          + "\"message\":\"is required\"}]}"))),
              @APIResponse(
                  name = ApiDocs.UNAUTHORIZED,
                  responseCode = "401",
                  description =
                      "No credentials, or wrong or revoked ones (`type` `about:blank`); or the"
                          + " right password over HTTP Basic for an account that signs in with a"
                          + " second factor (`type`"
                          + " `https://pullsafe.com/problems/second-factor-required`): sign in on"
                          + " the pages with the second factor, create a personal access token on"
                          + " the profile page and send it as `Authorization: Bearer`.",
                  content =
                      @Content(
                          mediaType = ApiDocs.PROBLEM_JSON,
                          schema = @Schema(implementation = Problem.class),
                          examples = {
                            @ExampleObject(
                                name = "unauthorized",
                                value =
                                    "{\"type\":\"about:blank\",\"title\":\"Unauthorized\","
                                        + "\"status\":401,\"detail\":\"Sign in with HTTP Basic"
                                        + " (e-mail and password) or a Bearer token.\"}"),
                            @ExampleObject(
                                name = "second factor required",
                                value =
                                    "{\"type\":"
                                        + "\"https://pullsafe.com/problems/second-factor-required\","
                                        + "\"title\":\"Second factor required\",\"status\":401,"
                                        + "\"detail\":\"This account signs in with a second"
                                        + " factor, so HTTP Basic (the password alone) is not"
                                        + " accepted. Sign in on the pages with your second"
                                        + " factor, create a personal access token on your"
                                        + " profile page, and send it as Authorization: Bearer"
                                        + " <token>.\"}")
                          })),
              @APIResponse(
                  name = ApiDocs.FORBIDDEN,
                  responseCode = "403",
                  description = "Signed in, but the role may not do this.",
                  content =
                      @Content(
                          mediaType = ApiDocs.PROBLEM_JSON,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiDocs.NOT_FOUND,
                  responseCode = "404",
                  description = "No such object, or one the caller may not see.",
                  content =
                      @Content(
                          mediaType = ApiDocs.PROBLEM_JSON,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiDocs.CONFLICT,
                  responseCode = "409",
                  description = "Clashes with what is stored (e.g. the e-mail is taken).",
                  content =
                      @Content(
                          mediaType = ApiDocs.PROBLEM_JSON,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiDocs.TOO_MANY_REQUESTS,
                  responseCode = "429",
                  description =
                      "The caller did this too often for now; `Retry-After` says how many seconds"
                          + " to wait.",
                  headers =
                      @Header(
                          name = "Retry-After",
                          description = "Seconds to wait before trying again.",
                          schema = @Schema(type = SchemaType.INTEGER)),
                  content =
                      @Content(
                          mediaType = ApiDocs.PROBLEM_JSON,
                          schema = @Schema(implementation = Problem.class)))
            }))
public class PullSafeApi extends Application {}
