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

/** Text PostgreSQL can store as it is (see {@link StorableText}); null is. */
@Documented
@Constraint(validatedBy = Storable.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Storable {

  String message() default "{pullsafe.text.unstorable}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link Storable}. */
  class Check implements ConstraintValidator<Storable, CharSequence> {
    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
      return text == null || StorableText.isStorable(text.toString());
    }
  }
}
