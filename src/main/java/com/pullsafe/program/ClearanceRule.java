package com.pullsafe.program;

import static com.pullsafe.programming.Alternative.GLUTE_BRIDGE;
import static com.pullsafe.programming.Alternative.PALLOF_PRESS;
import static com.pullsafe.programming.Alternative.PLANK;
import static com.pullsafe.programming.Alternative.SINGLE_LEG_GLUTE_BRIDGE;
import static com.pullsafe.programming.Alternative.WALKING;
import static com.pullsafe.programming.Alternative.WALL_BUTT_TAP;

import com.pullsafe.programming.Alternative;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.triage.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a coach may assign while an athlete awaits clearance (domain brief, "After RED or URGENT"):
 * after URGENT only walking, after RED walking and the unloaded drills (wall butt taps, glute
 * bridges, single-leg glute bridges, planks, Pallof presses); in both cases without a load. Plain
 * Java.
 */
public final class ClearanceRule {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.program.ProgramMessages", ClearanceRule.class);

  /** The rule's name in a refusal (the API's problem member {@code rule}). */
  public static final String NAME = "AWAITING_CLEARANCE";

  private static final Set<Alternative> AFTER_URGENT =
      Collections.unmodifiableSet(EnumSet.of(WALKING));
  private static final Set<Alternative> AFTER_RED =
      Collections.unmodifiableSet(
          EnumSet.of(
              WALKING, WALL_BUTT_TAP, GLUTE_BRIDGE, SINGLE_LEG_GLUTE_BRIDGE, PLANK, PALLOF_PRESS));

  private ClearanceRule() {}

  /** What may be assigned after an engine result of {@code stop} (RED or URGENT). */
  public static Set<Alternative> allowedAfter(Level stop) {
    if (!stop.stopsHeavyPulling()) {
      throw new IllegalArgumentException(stop + " awaits no clearance");
    }
    return stop == Level.URGENT ? AFTER_URGENT : AFTER_RED;
  }

  /**
   * Whether {@code alternative} with {@code loadKg} (null: none) may be done after {@code stop}.
   */
  public static boolean allows(Level stop, Alternative alternative, BigDecimal loadKg) {
    return allowedAfter(stop).contains(alternative) && loadKg == null;
  }

  /**
   * The refused fields of {@code assignments} while a clearance after {@code stop} is awaited,
   * named {@code field[i].alternative} or {@code field[i].loadKg}; empty when all are allowed.
   * Expects assignments that passed the checks of {@link NewAssignment}.
   */
  static List<FieldError> refusals(Level stop, String field, List<NewAssignment> assignments) {
    List<FieldError> refused = new ArrayList<>();
    if (assignments == null) {
      return refused;
    }
    for (int i = 0; i < assignments.size(); i++) {
      NewAssignment a = assignments.get(i);
      Alternative alternative = a.catalogEntry();
      String at = field + "[" + i + "].";
      if (!allowedAfter(stop).contains(alternative)) {
        refused.add(
            new FieldError(
                at + "alternative", TEXTS.text("clearance.notAllowed", stop, allowedNames(stop))));
      } else if (a.loadKg() != null) {
        refused.add(new FieldError(at + "loadKg", TEXTS.text("clearance.noLoad", stop)));
      }
    }
    return refused;
  }

  /** The names of what may be assigned after {@code stop}, in catalog order. */
  public static String allowedNames(Level stop) {
    return allowedAfter(stop).stream()
        .map(Alternative::displayName)
        .collect(Collectors.joining(", "));
  }
}
