package com.pullsafe.programming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;

/** Assertions on kilograms and percentages, compared by value. */
final class Kg {

  private Kg() {}

  static BigDecimal kg(String value) {
    return new BigDecimal(value);
  }

  /** Equal in value (145 and 145.0 are the same load). */
  static void assertKg(String expected, BigDecimal actual) {
    assertNotNull(actual, "expected " + expected + " kg, was null");
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }
}
