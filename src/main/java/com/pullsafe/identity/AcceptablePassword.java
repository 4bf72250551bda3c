package com.pullsafe.identity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.pullsafe.shared.Refusals;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * New credentials whose password {@link PasswordPolicy} accepts for their login; the violation
 * names the password's field ({@link #field}) with the policy's reason.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AcceptablePassword {

  /** The name of the password's field, as requests and forms name it. */
  String field();

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link AcceptablePassword}. */
  class Check implements ConstraintValidator<AcceptablePassword, NewCredentials> {

    private String field;

    @Override
    public void initialize(AcceptablePassword constraint) {
      field = constraint.field();
    }

    @Override
    public boolean isValid(NewCredentials credentials, ConstraintValidatorContext context) {
      Optional<String> problem =
          PasswordPolicy.standard().problem(credentials.password(), credentials.login());
      problem.ifPresent(reason -> Refusals.onField(context, field, reason));
      return problem.isEmpty();
    }
  }
}
