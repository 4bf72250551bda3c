package com.pullsafe.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A decimal such as a load or a percentage: within {@link #min} and {@link #max} (the least one
 * excluded where {@link #minIncluded} is false), with at most {@link #decimals} decimals; null is,
 * unless {@link #required}. A number with more digits than any amount has is refused before any
 * arithmetic on it, with that reason alone (see {@link NumberBounds}).
 */
@Documented
@Constraint(validatedBy = Amount.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Amount {

  /** The least value, as a decimal ("0.25"). */
  String min();

  boolean minIncluded() default true;

  /** The greatest value, included, as a decimal ("25"). */
  String max();

  int decimals();

  boolean required() default false;

  /** Why a number out of range (or absent, where required) is refused. */
  String message();

  /** Why a number with too many decimals is refused; the message's own when it says so too. */
  String decimalsMessage() default "{pullsafe.number.decimals}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link Amount}. */
  class Check implements ConstraintValidator<Amount, BigDecimal> {

    private BigDecimal min;
    private boolean minIncluded;
    private BigDecimal max;
    private int decimals;
    private boolean required;
    private String message;
    private String decimalsMessage;

    @Override
    public void initialize(Amount amount) {
      min = new BigDecimal(amount.min());
      minIncluded = amount.minIncluded();
      max = new BigDecimal(amount.max());
      decimals = amount.decimals();
      required = amount.required();
      message = amount.message();
      decimalsMessage = amount.decimalsMessage();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
      if (value == null) {
        return !required;
      }
      if (!NumberBounds.hasFewDigits(value)) {
        Refusals.onValue(
            context, Refusals.message("pullsafe.number.tooManyDigits", NumberBounds.MAX_CHARS));
        return false;
      }
      boolean inRange = isInRange(value);
      boolean fewDecimals = NumberBounds.hasAtMostDecimals(value, decimals);
      if (fewDecimals || (!inRange && decimalsMessage.equals(message))) {
        return inRange;
      }
      context.disableDefaultConstraintViolation();
      if (!inRange) {
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
      }
      context.buildConstraintViolationWithTemplate(decimalsMessage).addConstraintViolation();
      return false;
    }

    private boolean isInRange(BigDecimal value) {
      int fromMin = value.compareTo(min);
      return (minIncluded ? fromMin >= 0 : fromMin > 0) && value.compareTo(max) <= 0;
    }
  }
}
