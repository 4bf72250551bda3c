package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.ReportAnswers;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    ReportAnswers report = quietWeek().painScore(0).walkingMinutesPerDay(30).build();

    assertTrue(evaluate(rule, report).isPresent());
  }

  @ParameterizedTest(name = "target {0} min: {1} min fires={2}")
  @CsvSource({
    "120, 119, true",
    "120, 120, false",
    "60, 59, true",
    "60, 60, false",
    "60, 99, false",
    "0, 0, false",
    "1440, 1439, true"
  })
  void theTenantsWalkingTargetDecides(int target, int minutes, boolean fires) {
    TriageSettings settings = new TriageSettings(new BigDecimal("5"), target);
    ReportAnswers report = quietWeek().walkingMinutesPerDay(minutes).build();

    assertEquals(fires, rule.evaluate(report, AthleteHistory.none(), settings).isPresent());
  }

  @Test
  void reasonQuotesTheMinutesAndTheTarget() {
    TriageSettings settings = new TriageSettings(new BigDecimal("5"), 120);
    ReportAnswers report = quietWeek().walkingMinutesPerDay(45).build();

    String reason = rule.evaluate(report, AthleteHistory.none(), settings).orElseThrow().reason();

    assertEquals("You walk about 45 min a day, under your daily target of 120 min.", reason);
  }
}
