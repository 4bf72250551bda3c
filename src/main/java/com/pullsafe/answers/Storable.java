package com.pullsafe.answers;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Text PostgreSQL can store (see {@link com.pullsafe.platform.StorableText}); absent passes. */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StorableCheck.class)
public @interface Storable {

  String message() default "{pullsafe.text.unstorable}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
