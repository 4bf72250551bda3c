package com.pullsafe.review;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.pullsafe.shared.EnumNames;
import com.pullsafe.shared.Refusals;
import com.pullsafe.triage.Level;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A review whose fields fit its decision: an override names a known level and says why; a
 * confirmation names no level. Each violation names the field to fix ({@code overrideLevel}, {@code
 * reason}); an unknown decision asks nothing of the others.
 */
@Documented
@Constraint(validatedBy = ConsistentDecision.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentDecision {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentDecision}. */
  class Check implements ConstraintValidator<ConsistentDecision, ReviewRequest> {

    @Override
    public boolean isValid(ReviewRequest request, ConstraintValidatorContext context) {
      Decision decision = request.decisionOrNull();
      boolean levelGiven = !isBlank(request.overrideLevel());
      boolean valid = true;
      if (decision == Decision.OVERRIDE) {
        if (!levelGiven) {
          valid = refuse(context, "overrideLevel", "{pullsafe.review.overrideLevel.required}");
        } else if (request.overrideLevelOrNull() == null) {
          Refusals.onField(
              context,
              "overrideLevel",
              Refusals.message("pullsafe.code.unknown", EnumNames.of(Level.class)));
          valid = false;
        }
        if (isBlank(request.reason())) {
          valid = refuse(context, "reason", "{pullsafe.review.reason.requiredForOverride}");
        }
      } else if (decision == Decision.CONFIRM && levelGiven) {
        valid =
            refuse(context, "overrideLevel", "{pullsafe.review.overrideLevel.onlyWithOverride}");
      }
      return valid;
    }

    private static boolean refuse(
        ConstraintValidatorContext context, String field, String template) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(template)
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }

    private static boolean isBlank(String text) {
      return text == null || text.isBlank();
    }
  }
}
