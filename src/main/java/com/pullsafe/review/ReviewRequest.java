package com.pullsafe.review;

import com.pullsafe.program.NewAssignment;
import java.util.List;

/**
 * A coach's review of a report (api-v1 {@code POST /reports/{id}/review}). Codes arrive as text so
 * that an unknown one is refused naming its field.
 *
 * @param decision CONFIRM or OVERRIDE
 * @param overrideLevel the new level; only with OVERRIDE, and then required
 * @param reason why the coach overrides; required with OVERRIDE
 * @param assign assignments that replace the athlete's current ones; none keeps them
 */
public record ReviewRequest(
    String decision,
    String overrideLevel,
    String reason,
    String noteToAthlete,
    List<NewAssignment> assign,
    boolean relearningBlock) {

  /** A review that prescribes no relearning block. */
  public ReviewRequest(
      String decision,
      String overrideLevel,
      String reason,
      String noteToAthlete,
      List<NewAssignment> assign) {
    this(decision, overrideLevel, reason, noteToAthlete, assign, false);
  }

  public static ReviewRequest confirm(String noteToAthlete) {
    return new ReviewRequest(Decision.CONFIRM.name(), null, null, noteToAthlete, List.of());
  }

  public static ReviewRequest override(String level, String reason) {
    return new ReviewRequest(Decision.OVERRIDE.name(), level, reason, null, List.of());
  }
}
