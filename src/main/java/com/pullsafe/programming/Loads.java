package com.pullsafe.programming;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Exact load arithmetic in kilograms. */
public final class Loads {

  /** Default smallest load step of a tenant (two 1.25 kg plates). */
  public static final BigDecimal DEFAULT_PLATE_INCREMENT_KG = new BigDecimal("2.5");

  private Loads() {}

  /**
   * The largest multiple of {@code incrementKg} that is not above {@code kg}. The result has the
   * scale of the increment (145.0 for a 2.5 kg increment, 146.25 for 1.25 kg).
   */
  public static BigDecimal roundDownToIncrement(BigDecimal kg, BigDecimal incrementKg) {
    Objects.requireNonNull(kg, "kg");
    requirePositive(incrementKg, "incrementKg");
    BigDecimal steps = kg.divide(incrementKg, 0, RoundingMode.FLOOR);
    return steps.multiply(incrementKg);
  }

  /**
   * The smallest multiple of {@code incrementKg} that is not below {@code kg}, with the scale of
   * the increment.
   */
  public static BigDecimal roundUpToIncrement(BigDecimal kg, BigDecimal incrementKg) {
    Objects.requireNonNull(kg, "kg");
    requirePositive(incrementKg, "incrementKg");
    BigDecimal steps = kg.divide(incrementKg, 0, RoundingMode.CEILING);
    return steps.multiply(incrementKg);
  }

  /** {@code kg} × {@code percent} / 100, exact. */
  public static BigDecimal percentOf(BigDecimal kg, BigDecimal percent) {
    return kg.multiply(percent.movePointLeft(2));
  }

  static BigDecimal requirePositive(BigDecimal value, String name) {
    Objects.requireNonNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value.toPlainString());
    }
    return value;
  }
}
