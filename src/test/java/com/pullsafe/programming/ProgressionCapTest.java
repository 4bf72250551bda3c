package com.pullsafe.programming;

import static com.pullsafe.programming.Kg.assertKg;
import static com.pullsafe.programming.Kg.kg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressionCapTest {

  @Test
  void tenantCapLimitsAndDefaultAreTwoAndAHalfToFivePercent() {
    assertKg("2.5", ProgressionCap.MIN_PERCENT);
    assertKg("5", ProgressionCap.MAX_PERCENT);
    assertKg("5", ProgressionCap.DEFAULT_PERCENT);
    assertKg("2.5", Loads.DEFAULT_PLATE_INCREMENT_KG);
    assertEquals(100, Walking.DEFAULT_TARGET_MINUTES_PER_DAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "3.5", "5"})
  void anAthleteWithoutRecentFlagsGetsTheTenantCap(String tenantCap) {
    assertKg(tenantCap, ProgressionCap.capPercent(kg(tenantCap), false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "3.5", "5"})
  void anAthleteFlaggedAmberOrWorseInTheLastFourWeeksGetsTwoAndAHalf(String tenantCap) {
    assertKg("2.5", ProgressionCap.capPercent(kg(tenantCap), true));
  }

  @Test
  void theFlaggedCapIsNeverAboveTheTenantCap() {
    BigDecimal tenant = kg("2.5");

    assertTrue(ProgressionCap.capPercent(tenant, true).compareTo(tenant) <= 0);
  }

  @ParameterizedTest(name = "{0} kg + {1} % in {2} kg steps -> {3}")
  @CsvSource({
    "140, 5, 2.5, 145",
    "140, 5, 1.25, 146.25",
    "140, 2.5, 2.5, 142.5",
    "100, 2.5, 2.5, 102.5",
    "100, 5, 2.5, 105",
    "200, 3.5, 2.5, 205",
    "102.5, 2.5, 1.25, 105"
  })
  void nextTopSetIsTheLastTimesOnePlusCapRoundedDownToThePlate(
      String last, String cap, String increment, String expected) {
    assertKg(expected, ProgressionCap.nextTopSetMaxKg(kg(last), kg(cap), kg(increment)));
  }

  @Test
  void oneHundredTimesOnePointZeroTwoFiveIsExactlyOneHundredTwoPointFive() {
    BigDecimal next = ProgressionCap.nextTopSetMaxKg(kg("100"), kg("2.5"), kg("0.001"));

    assertEquals("102.500", next.toPlainString());
  }

  @Test
  void oneHundredFortyTimesOnePointZeroFiveIsExactlyOneHundredFortySeven() {
    BigDecimal next = ProgressionCap.nextTopSetMaxKg(kg("140"), kg("5"), kg("0.5"));

    assertEquals("147.0", next.toPlainString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "3", "5"})
  void capsFromTwoAndAHalfToFiveAreValidTenantSettings(String cap) {
    assertTrue(ProgressionCap.isValidTenantCap(kg(cap)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.49", "5.01", "0", "10"})
  void capsOutsideTwoAndAHalfToFiveAreNot(String cap) {
    assertFalse(ProgressionCap.isValidTenantCap(kg(cap)));
  }

  @ParameterizedTest
  @NullSource
  void aMissingCapIsNotValid(BigDecimal cap) {
    assertFalse(ProgressionCap.isValidTenantCap(cap));
  }
}
