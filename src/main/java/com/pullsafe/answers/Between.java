package com.pullsafe.answers;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A whole number from {@code min} to {@code max}, both included; absent passes. */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BetweenCheck.class)
public @interface Between {

  int min();

  int max();

  String message() default "{pullsafe.number.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
