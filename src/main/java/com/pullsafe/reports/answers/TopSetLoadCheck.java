package com.pullsafe.reports.answers;

import com.pullsafe.shared.NumberBounds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link TopSetLoad}: the number's length first, then its range and its decimals. */
public class TopSetLoadCheck implements ConstraintValidator<TopSetLoad, BigDecimal> {

  private BigDecimal max;
  private int decimals;

  @Override
  public void initialize(TopSetLoad load) {
    this.max = new BigDecimal(load.max());
    this.decimals = load.decimals();
  }

  @Override
  public boolean isValid(BigDecimal kg, ConstraintValidatorContext context) {
    if (kg == null) {
      return true;
    }
    if (!NumberBounds.hasFewDigits(kg)) {
      return refused(context, "{pullsafe.number.tooLong}");
    }
    boolean valid = true;
    if (kg.signum() <= 0 || kg.compareTo(max) > 0) {
      valid = refused(context, "{pullsafe.topSetKg.range}");
    }
    if (!NumberBounds.hasAtMostDecimals(kg, decimals)) {
      valid = refused(context, "{pullsafe.topSetKg.decimals}");
    }
    return valid;
  }

  private static boolean refused(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    return false;
  }
}
