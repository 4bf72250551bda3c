package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LowWalkingRuleTest {

  private final TriageRule rule = new LowWalkingRule();

  @Test
  void ninetyNineMinutesADayIsLowWalking() {
    Finding finding = evaluate(rule, quietWeek().walkingMinutesPerDay(99).build()).orElseThrow();

    assertEquals(FindingCode.LOW_WALKING, finding.code());
    assertEquals(Level.GREEN, finding.level());
    assertTrue(finding.reason().contains("about 99 min a day"), finding.reason());
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 101, 240, 1440})
  void aHundredMinutesOrMoreIsEnough(int minutes) {
    assertTrue(evaluate(rule, quietWeek().walkingMinutesPerDay(minutes).build()).isEmpty());
  }

  @Test
  void noWalkingAtAllFires() {
    assertTrue(evaluate(rule, quietWeek().walkingMinutesPerDay(0).build()).isPresent());
  }

  @Test
  void lowWalkingAppliesEvenWithoutPain() {
    ReportFacts report = quietWeek().painScore(0).walkingMinutesPerDay(30).build();

    assertTrue(evaluate(rule, report).isPresent());
  }
}
