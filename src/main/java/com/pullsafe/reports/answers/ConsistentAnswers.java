package com.pullsafe.reports.answers;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules between a report's answers (domain brief, "The weekly report"): a top set has both kg
 * and reps, and pain says how it felt. Each violation names the answer to fix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentAnswersCheck.class)
public @interface ConsistentAnswers {

  String message() default "{pullsafe.answers.inconsistent}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
