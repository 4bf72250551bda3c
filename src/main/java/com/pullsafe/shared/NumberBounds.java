package com.pullsafe.shared;

import java.math.BigDecimal;

/**
 * How long a number people send may be. Reading a number and then comparing, rounding or stripping
 * its zeros costs time that grows with the square of its length ({@code "1."} and 200 000 zeros
 * took seconds of CPU), and no field of PullSafe needs more than a handful of digits. So the edges
 * refuse longer text before anything turns it into a number, and the validators refuse any {@link
 * BigDecimal} with more digits before they do arithmetic on it.
 */
public final class NumberBounds {

  /** The most characters a number may be written with: a {@code long}'s 19 digits and a sign. */
  public static final int MAX_CHARS = 20;

  /** More bits than {@value #MAX_CHARS} digits need, so every number the edges let in fits. */
  private static final int MAX_UNSCALED_BITS = 70;

  private NumberBounds() {}

  /** Whether {@code text} is short enough to be read as a number; null is. */
  public static boolean isShortEnough(String text) {
    return text == null || text.length() <= MAX_CHARS;
  }

  /**
   * The whole number {@code text} writes, blanks around it allowed ({@code " 12"}, {@code "-3"});
   * null when it writes none (blank, {@code "1.5"}, {@code "abc"}) or one beyond a {@code long}.
   */
  public static Long readWhole(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether {@code value} has few enough digits for cheap arithmetic (any scale: only the digits
   * make comparing and stripping zeros slow); null has.
   */
  public static boolean hasFewDigits(BigDecimal value) {
    return value == null || value.unscaledValue().bitLength() <= MAX_UNSCALED_BITS;
  }

  /**
   * Whether {@code value}, which must have {@linkplain #hasFewDigits few digits}, has at most
   * {@code decimals} decimals once trailing zeros are dropped (147.50 has one).
   */
  public static boolean hasAtMostDecimals(BigDecimal value, int decimals) {
    return value.scale() <= decimals || value.stripTrailingZeros().scale() <= decimals;
  }
}
