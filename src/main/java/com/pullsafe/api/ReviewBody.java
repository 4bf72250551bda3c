package com.pullsafe.api;

import com.pullsafe.program.NewAssignment;
import com.pullsafe.review.ReviewRequest;
import java.math.BigDecimal;
import java.util.List;

/**
 * A coach's review as the API takes it ({@code POST /api/v1/reports/{id}/review}). Codes are text,
 * so that an unknown one is refused naming its field.
 *
 * @param decision CONFIRM or OVERRIDE
 * @param overrideLevel only with OVERRIDE, and then required
 * @param reason required with OVERRIDE
 * @param assign alternatives and drills assigned with the review
 */
public record ReviewBody(
    String decision,
    String overrideLevel,
    String reason,
    String noteToAthlete,
    List<Assign> assign,
    Boolean relearningBlock) {

  /**
   * One assignment: a catalog code, sets, the amount of each set in the entry's unit ({@code reps}:
   * reps, seconds or minutes, as {@code GET /alternatives} says), optionally a load and a tempo
   * such as "3-1-3".
   */
  public record Assign(
      String alternative, Integer sets, Integer reps, BigDecimal loadKg, String tempo) {}

  ReviewRequest toRequest() {
    return new ReviewRequest(
        decision,
        overrideLevel,
        reason,
        noteToAthlete,
        assign == null
            ? null
            : assign.stream()
                .map(
                    a ->
                        a == null
                            ? null
                            : new NewAssignment(
                                a.alternative(), a.sets(), a.reps(), a.loadKg(), a.tempo()))
                .toList(),
        Boolean.TRUE.equals(relearningBlock));
  }
}
