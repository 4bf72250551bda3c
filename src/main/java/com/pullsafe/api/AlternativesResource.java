package com.pullsafe.api;

import com.pullsafe.programming.Alternative;
import com.pullsafe.programming.Dose;
import com.pullsafe.programming.Purpose;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/alternatives}: the catalog of deadlift alternatives and drills, for anyone. */
@Path("v1/alternatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programming")
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class AlternativesResource {

  /**
   * One entry of the catalog with the dose a coach starts from: {@code defaultSets} sets of {@code
   * defaultReps}, counted in {@code unit} (reps, seconds or minutes). An assignment's {@code reps}
   * counts in the same unit.
   */
  public record AlternativeItem(
      Alternative code,
      String name,
      Set<Purpose> purposes,
      Dose.Unit unit,
      int defaultSets,
      int defaultReps) {}

  @GET
  @Operation(
      operationId = "listAlternatives",
      summary = "The catalog of alternatives and drills",
      description =
          "Any role. The codes a review assigns, with their purposes and the dose a coach"
              + " starts from.")
  @APIResponse(
      responseCode = "200",
      description = "Every entry, in catalog order.",
      content =
          @Content(
              schema = @Schema(implementation = AlternativeItem[].class),
              examples =
                  @ExampleObject(
                      name = "catalog",
                      value =
                          "[{\"code\":\"BLOCK_PULL\",\"name\":\"Block pull\",\"purposes\":"
                              + "[\"SETUP\",\"POSTERIOR_CHAIN\",\"LOAD_REDUCTION\"],"
                              + "\"unit\":\"REPS\",\"defaultSets\":5,\"defaultReps\":3}]")))
  public List<AlternativeItem> list() {
    return Stream.of(Alternative.values())
        .map(
            a ->
                new AlternativeItem(
                    a,
                    a.displayName(),
                    a.purposes(),
                    a.dose().unit(),
                    a.dose().sets(),
                    a.dose().amount()))
        .toList();
  }
}
