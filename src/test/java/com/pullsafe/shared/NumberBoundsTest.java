package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberBoundsTest {

  @Test
  void twentyCharactersAreShortEnoughAndTwentyOneAreNot() {
    assertTrue(NumberBounds.isShortEnough("-9223372036854775808"));
    assertFalse(NumberBounds.isShortEnough("1.0000000000000000000"));
    assertTrue(NumberBounds.isShortEnough(null));
  }

  @Test
  void everyNumberOfTwentyCharactersHasFewDigits() {
    assertTrue(NumberBounds.hasFewDigits(new BigDecimal("99999999999999999999")));
    assertTrue(NumberBounds.hasFewDigits(new BigDecimal("-1E-999999999")));
    assertFalse(NumberBounds.hasFewDigits(new BigDecimal("1" + "0".repeat(40))));
  }

  @Test
  void decimalsAreCountedWithoutTrailingZeros() {
    assertTrue(NumberBounds.hasAtMostDecimals(new BigDecimal("147.50000"), 2));
    assertTrue(NumberBounds.hasAtMostDecimals(new BigDecimal("1E+5"), 2));
    assertFalse(NumberBounds.hasAtMostDecimals(new BigDecimal("147.125"), 2));
    assertFalse(NumberBounds.hasAtMostDecimals(new BigDecimal("1E-999999999"), 2));
  }
}
