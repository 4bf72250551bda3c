package com.pullsafe.answers;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that names a constant of {@code value} (surrounding blanks aside); blank or absent passes.
 * The message lists the constants as {@code {allowed}}.
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CodeCheck.class)
public @interface Code {

  Class<? extends Enum<?>> value();

  String message() default "{pullsafe.code.unknown}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
