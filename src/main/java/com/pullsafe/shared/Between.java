package com.pullsafe.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
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
 * A number from {@link #min} to {@link #max}, both included; null is, unless {@link #required}. One
 * constraint for both bounds (and for absence, where a number is required), so that a refused
 * number gets one message that names the range, as people read it ("must be between 1 and 20").
 */
@Documented
@Constraint(validatedBy = Between.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Between {

  /** The least value, as a decimal ("0.25"). */
  String min();

  /** The greatest value, as a decimal ("25"). */
  String max();

  /** Whether null is refused too, with the same message. */
  boolean required() default false;

  String message() default "{pullsafe.number.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link Between}. */
  class Check implements ConstraintValidator<Between, Number> {

    private BigDecimal min;
    private BigDecimal max;
    private boolean required;

    @Override
    public void initialize(Between between) {
      min = new BigDecimal(between.min());
      max = new BigDecimal(between.max());
      required = between.required();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
      if (value == null) {
        return !required;
      }
      BigDecimal number =
          value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
      return number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
    }
  }
}
