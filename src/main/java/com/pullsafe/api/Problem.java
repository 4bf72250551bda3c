package com.pullsafe.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the problem details {@link Problems} writes (RFC 9457), for the OpenAPI document.
 */
@Schema(
    name = "Problem",
    description = "RFC 9457 problem details",
    requiredProperties = {"type", "title", "status"})
public record Problem(
    @Schema(example = "about:blank") String type,
    @Schema(example = "Bad Request") String title,
    @Schema(example = "400") int status,
    @Schema(example = "One field is invalid.") String detail,
    @Schema(description = "For invalid input, or a request a rule refuses: each refused field")
        List<FieldError> errors,
    @Schema(
            description = "For a 409 that a domain rule gives: the rule's name",
            example = "AWAITING_CLEARANCE")
        String rule) {

  /** One refused field. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "email") String field, @Schema(example = "is required") String message) {}
}
