package com.pullsafe.answers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Between}. */
public class BetweenCheck implements ConstraintValidator<Between, Integer> {

  private int min;
  private int max;

  @Override
  public void initialize(Between bounds) {
    this.min = bounds.min();
    this.max = bounds.max();
  }

  @Override
  public boolean isValid(Integer value, ConstraintValidatorContext context) {
    return value == null || (value >= min && value <= max);
  }
}
