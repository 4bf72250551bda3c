package com.pullsafe.program;

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

/**
 * An assignment whose reps (required) are from 1 to the most the unit of its catalog entry allows:
 * 100 reps of a lift, but up to 240 minutes of walking; the violation names {@code reps}.
 */
@Documented
@Constraint(validatedBy = DoseWithinUnit.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DoseWithinUnit {

  String message() default "{pullsafe.number.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link DoseWithinUnit}. */
  class Check implements ConstraintValidator<DoseWithinUnit, NewAssignment> {

    @Override
    public boolean isValid(NewAssignment assignment, ConstraintValidatorContext context) {
      Integer reps = assignment.reps();
      int most = assignment.mostReps();
      if (reps != null && reps >= 1 && reps <= most) {
        return true;
      }
      Refusals.onField(context, "reps", Refusals.message("pullsafe.assign.reps", 1, most));
      return false;
    }
  }
}
