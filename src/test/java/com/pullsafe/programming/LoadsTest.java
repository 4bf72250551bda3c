package com.pullsafe.programming;

import static com.pullsafe.programming.Kg.assertKg;
import static com.pullsafe.programming.Kg.kg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoadsTest {

  @ParameterizedTest(name = "{0} kg in steps of {1} -> {2}")
  @CsvSource({
    "147, 2.5, 145",
    "147, 1.25, 146.25",
    "145, 2.5, 145",
    "144.99, 2.5, 142.5",
    "2.4, 2.5, 0",
    "93.36, 2.5, 92.5",
    "102.5, 5, 100",
    "100.05, 0.5, 100"
  })
  void loadsAreRoundedDownToThePlateIncrement(String kg, String increment, String expected) {
    assertKg(expected, Loads.roundDownToIncrement(kg(kg), kg(increment)));
  }

  @ParameterizedTest(name = "{0} kg up to {1} kg steps -> {2}")
  @CsvSource({
    "115.5, 2.5, 117.5",
    "115, 2.5, 115",
    "115.01, 2.5, 117.5",
    "87.525, 1.25, 88.75",
    "0.1, 2.5, 2.5",
    "0, 2.5, 0"
  })
  void loadsCanBeRoundedUpToThePlateIncrement(String kg, String increment, String expected) {
    assertKg(expected, Loads.roundUpToIncrement(kg(kg), kg(increment)));
  }

  @Test
  void theResultHasTheScaleOfTheIncrement() {
    assertEquals("145.0", Loads.roundDownToIncrement(kg("147"), kg("2.5")).toPlainString());
    assertEquals("146.25", Loads.roundDownToIncrement(kg("147"), kg("1.25")).toPlainString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2.5"})
  void aPlateIncrementMustBePositive(String increment) {
    assertThrows(
        IllegalArgumentException.class, () -> Loads.roundDownToIncrement(kg("100"), kg(increment)));
  }

  @Test
  void percentOfIsExact() {
    assertEquals(kg("87.525"), Loads.percentOf(kg("116.7"), kg("75")));
  }
}
