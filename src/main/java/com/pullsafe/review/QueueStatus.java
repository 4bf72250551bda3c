package com.pullsafe.review;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.pullsafe.reports.ReviewStatus;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A status the review queue holds (OPEN or REVIEWED: only flagged reports); null is (OPEN). */
@Documented
@Constraint(validatedBy = QueueStatus.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@interface QueueStatus {

  String message() default "{pullsafe.review.queueStatus}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link QueueStatus}. */
  class Check implements ConstraintValidator<QueueStatus, ReviewStatus> {
    @Override
    public boolean isValid(ReviewStatus status, ConstraintValidatorContext context) {
      return status != ReviewStatus.NOT_FLAGGED;
    }
  }
}
