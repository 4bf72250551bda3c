package com.pullsafe.reports.answers;

import com.pullsafe.shared.NumberBounds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A load in kg: more than 0, at most {@code max}, with at most {@code decimals} decimals; absent
 * passes. A number with more digits than any load has is refused before any arithmetic on it.
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TopSetLoadCheck.class)
public @interface TopSetLoad {

  String max();

  int decimals();

  /** Reported with {@code {digits}} when the number is too long to check. */
  int digits() default NumberBounds.MAX_CHARS;

  String message() default "{pullsafe.topSetKg.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
