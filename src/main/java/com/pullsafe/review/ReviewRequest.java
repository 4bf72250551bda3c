package com.pullsafe.review;

import com.pullsafe.program.NewAssignment;
import com.pullsafe.program.NewAssignments;
import com.pullsafe.shared.EnumName;
import com.pullsafe.shared.EnumNames;
import com.pullsafe.shared.MaxLength;
import com.pullsafe.shared.Storable;
import com.pullsafe.triage.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A coach's review of a report (api-v1 {@code POST /reports/{id}/review}). Codes arrive as text so
 * that an unknown one is refused naming its field; what the decision asks of the other fields is
 * {@link ConsistentDecision}'s to check.
 *
 * @param decision CONFIRM or OVERRIDE
 * @param overrideLevel the new level; only with OVERRIDE, and then required
 * @param reason why the coach overrides; required with OVERRIDE
 * @param assign assignments that replace the athlete's current ones; none keeps them
 */
@ConsistentDecision
public record ReviewRequest(
    @EnumName(type = Decision.class, required = true) String decision,
    String overrideLevel,
    @MaxLength(max = ReviewRequest.REASON_MAX) @Storable String reason,
    @MaxLength(max = ReviewRequest.NOTE_MAX) @Storable String noteToAthlete,
    @Size(max = NewAssignments.MAX, message = "{pullsafe.assign.tooMany}")
        List<@NotNull(message = "{pullsafe.required}") @Valid NewAssignment> assign,
    boolean relearningBlock) {

  public static final int REASON_MAX = 1000;
  public static final int NOTE_MAX = 2000;

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

  /** The decision its code names; null when it names none. */
  public Decision decisionOrNull() {
    return EnumNames.parse(Decision.class, decision);
  }

  /** The level an override sets; null when the code names none. */
  public Level overrideLevelOrNull() {
    return EnumNames.parse(Level.class, overrideLevel);
  }
}
