package com.pullsafe.program;

import static com.pullsafe.programming.Alternative.AB_ROLLOUT;
import static com.pullsafe.programming.Alternative.BANDED_DEADLIFT;
import static com.pullsafe.programming.Alternative.GLUTE_BRIDGE;
import static com.pullsafe.programming.Alternative.HIP_THRUST;
import static com.pullsafe.programming.Alternative.PALLOF_PRESS;
import static com.pullsafe.programming.Alternative.PLANK;
import static com.pullsafe.programming.Alternative.RACK_PULL;
import static com.pullsafe.programming.Alternative.SINGLE_LEG_GLUTE_BRIDGE;
import static com.pullsafe.programming.Alternative.WALKING;
import static com.pullsafe.programming.Alternative.WALL_BUTT_TAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.programming.Alternative;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.triage.Level;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClearanceRuleTest {

  private static final BigDecimal LOAD = new BigDecimal("60");

  private static NewAssignment assign(Alternative alternative, BigDecimal loadKg) {
    return new NewAssignment(alternative.name(), 3, 10, loadKg, null);
  }

  private static List<String> refusedFields(Level stop, NewAssignment... assignments) {
    return ClearanceRule.refusals(stop, "assign", List.of(assignments)).stream()
        .map(FieldError::field)
        .toList();
  }

  @Test
  void afterUrgentOnlyWalkingMayBeAssigned() {
    assertEquals(Set.of(WALKING), ClearanceRule.allowedAfter(Level.URGENT));
    for (Alternative a : Alternative.values()) {
      assertEquals(a == WALKING, ClearanceRule.allows(Level.URGENT, a, null), a.name());
    }
  }

  @Test
  void afterRedWalkingAndTheFiveUnloadedDrillsMayBeAssigned() {
    Set<Alternative> allowed =
        EnumSet.of(
            WALKING, WALL_BUTT_TAP, GLUTE_BRIDGE, SINGLE_LEG_GLUTE_BRIDGE, PLANK, PALLOF_PRESS);
    assertEquals(allowed, ClearanceRule.allowedAfter(Level.RED));
    Arrays.stream(Alternative.values())
        .forEach(a -> assertEquals(allowed.contains(a), ClearanceRule.allows(Level.RED, a, null)));
  }

  @Test
  void drillsThatAreNotOnTheListStayRefusedAfterRed() {
    assertFalse(ClearanceRule.allows(Level.RED, BANDED_DEADLIFT, null));
    assertFalse(ClearanceRule.allows(Level.RED, AB_ROLLOUT, null));
    assertFalse(ClearanceRule.allows(Level.RED, HIP_THRUST, null));
  }

  @Test
  void anAllowedExerciseWithALoadIsRefused() {
    assertFalse(ClearanceRule.allows(Level.RED, GLUTE_BRIDGE, LOAD));
    assertFalse(ClearanceRule.allows(Level.URGENT, WALKING, new BigDecimal("10")));
    assertTrue(ClearanceRule.allows(Level.RED, GLUTE_BRIDGE, null));
  }

  @Test
  void onlyRedAndUrgentAwaitAClearance() {
    assertThrows(IllegalArgumentException.class, () -> ClearanceRule.allowedAfter(Level.AMBER));
    assertThrows(IllegalArgumentException.class, () -> ClearanceRule.allowedAfter(Level.GREEN));
  }

  @Test
  void refusalsNameTheExerciseOrItsLoadByPosition() {
    assertEquals(
        List.of("assign[1].alternative", "assign[2].loadKg"),
        refusedFields(
            Level.RED,
            assign(WALKING, null),
            assign(RACK_PULL, new BigDecimal("140")),
            assign(GLUTE_BRIDGE, LOAD),
            assign(PLANK, null)));
    assertEquals(
        List.of("assign[0].alternative", "assign[1].loadKg"),
        refusedFields(Level.URGENT, assign(PLANK, null), assign(WALKING, LOAD)));
    assertEquals(List.of(), refusedFields(Level.URGENT, assign(WALKING, null)));
  }

  @Test
  void aRefusalSaysWhatIsAllowedInstead() {
    FieldError refused =
        ClearanceRule.refusals(Level.URGENT, "assign", List.of(assign(RACK_PULL, LOAD))).get(0);

    assertTrue(refused.message().contains("URGENT"), refused.message());
    assertTrue(refused.message().contains("Walking"), refused.message());
    assertEquals("Walking", ClearanceRule.allowedNames(Level.URGENT));
    assertEquals(
        "Wall butt tap, Glute bridge, Single-leg glute bridge, Plank, Pallof press, Walking",
        ClearanceRule.allowedNames(Level.RED));
  }
}
