package com.pullsafe.settings;

import static java.lang.annotation.ElementType.FIELD;
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
import java.time.ZoneId;

/**
 * The id of a time zone of the IANA database as Java knows it ("Europe/Berlin", "UTC"), spelt
 * exactly; null is. Offsets such as "+02:00" are refused: they ignore daylight saving time.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TimeZoneId {

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link TimeZoneId}. */
  class Check implements ConstraintValidator<TimeZoneId, String> {

    @Override
    public boolean isValid(String id, ConstraintValidatorContext context) {
      return id == null || ZoneId.getAvailableZoneIds().contains(id);
    }
  }
}
