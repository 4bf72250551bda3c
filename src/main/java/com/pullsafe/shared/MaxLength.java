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
 * Text of at most {@link #max} characters once the blanks around it are stripped, as it is stored
 * (unlike {@code @Size}, which counts them); null is.
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface MaxLength {

  int max();

  String message() default "{pullsafe.text.tooLong}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link MaxLength}. */
  class Check implements ConstraintValidator<MaxLength, String> {

    private int max;

    @Override
    public void initialize(MaxLength constraint) {
      max = constraint.max();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || text.strip().length() <= max;
    }
  }
}
