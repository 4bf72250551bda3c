package com.pullsafe.programming;

import static com.pullsafe.programming.Kg.kg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneRepMaxTest {

  @Test
  void hundredForFiveEstimatesOneHundredSixteenPointSeven() {
    assertEquals(kg("116.7"), OneRepMax.epley(kg("100"), 5));
  }

  @Test
  void aSingleIsItsOwnOneRepMax() {
    BigDecimal single = kg("182.5");

    assertSame(single, OneRepMax.epley(single, 1));
  }

  @ParameterizedTest(name = "{0} kg x {1} -> {2}")
  @CsvSource({
    "100, 2, 106.7",
    "140, 3, 154.0",
    "60, 10, 80.0",
    "200, 30, 400.0",
    "101.5, 3, 111.7",
    "100.75, 3, 110.8"
  })
  void epleyIsRoundedHalfUpToAKiloTenth(String kg, int reps, String expected) {
    assertEquals(kg(expected), OneRepMax.epley(kg(kg), reps));
  }

  @Test
  void zeroRepsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> OneRepMax.epley(kg("100"), 0));
  }

  @Test
  void aLoadOfZeroIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> OneRepMax.epley(kg("0"), 5));
  }
}
