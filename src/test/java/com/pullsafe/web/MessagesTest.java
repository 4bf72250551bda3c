package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.programming.Dose;
import com.pullsafe.review.CoachDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every code the pages turn into words has its words in the bundle. */
class MessagesTest {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.pullsafe.web.Messages", Locale.ENGLISH);

  @Test
  void everyNextStepAfterAReviewHasItsText() {
    List<String> missing = new ArrayList<>();
    for (CoachDecision.NextStep step : CoachDecision.NextStep.values()) {
      check(missing, "decision.next." + step);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyDoseUnitHasItsLabels() {
    List<String> missing = new ArrayList<>();
    for (Dose.Unit unit : Dose.Unit.values()) {
      check(missing, "assign.sets." + unit);
      check(missing, "assign.amount." + unit);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyAuditActionHasItsName() {
    List<String> missing = new ArrayList<>();
    for (AuditAction action : AuditAction.values()) {
      check(missing, "audit.action." + action);
    }
    assertEquals(List.of(), missing);
  }

  private static void check(List<String> missing, String key) {
    if (!BUNDLE.containsKey(key)) {
      missing.add(key);
    }
  }
}
