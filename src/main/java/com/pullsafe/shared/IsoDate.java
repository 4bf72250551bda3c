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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Text that writes a calendar date as {@code 2026-11-30} (ISO 8601), blanks around it allowed, such
 * as a query parameter: taken as text so that an impossible date is refused naming its field. Blank
 * or null is valid.
 */
@Documented
@Constraint(validatedBy = IsoDate.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface IsoDate {

  String message() default "{pullsafe.date}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link IsoDate}. */
  class Check implements ConstraintValidator<IsoDate, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || text.isBlank() || parse(text) != null;
    }

    /** The date {@code text} writes; null for blank text or text that {@link IsoDate} refuses. */
    public static LocalDate parse(String text) {
      if (text == null || text.isBlank() || text.strip().length() != 10) {
        return null;
      }
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
