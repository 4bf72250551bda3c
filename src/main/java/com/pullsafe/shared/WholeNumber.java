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

/**
 * Text that writes a whole number from {@link #min} to {@link #max} (see {@link
 * NumberBounds#readWhole}), such as a query parameter: taken as text so that {@code ?size=abc} is
 * refused naming its field. Blank or null is, unless {@link #required}.
 */
@Documented
@Constraint(validatedBy = WholeNumber.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface WholeNumber {

  long min() default Long.MIN_VALUE;

  long max() default Long.MAX_VALUE;

  boolean required() default false;

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link WholeNumber}. */
  class Check implements ConstraintValidator<WholeNumber, String> {

    private long min;
    private long max;
    private boolean required;

    @Override
    public void initialize(WholeNumber constraint) {
      min = constraint.min();
      max = constraint.max();
      required = constraint.required();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null || text.isBlank()) {
        return !required;
      }
      Long number = NumberBounds.readWhole(text);
      return number != null && number >= min && number <= max;
    }
  }
}
