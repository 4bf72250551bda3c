package com.pullsafe.reports.answers;

import com.pullsafe.shared.Refusals;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentAnswers}, reporting each violation on the answer it concerns. */
public class ConsistentAnswersCheck
    implements ConstraintValidator<ConsistentAnswers, ReportAnswers> {

  @Override
  public boolean isValid(ReportAnswers answers, ConstraintValidatorContext context) {
    if (answers == null) {
      return true;
    }
    boolean valid = true;
    boolean kg = answers.getTopSetKg() != null;
    boolean reps = answers.getTopSetReps() != null;
    if (kg && !reps) {
      valid = refused(context, "topSetReps", "pullsafe.topSetReps.withKg");
    }
    if (!kg && reps) {
      valid = refused(context, "topSetKg", "pullsafe.topSetKg.withReps");
    }
    Integer pain = answers.getPainScore();
    boolean inPainWithinRange = pain != null && pain > 0 && pain <= ReportAnswers.PAIN_SCORE_MAX;
    String character = answers.getPainCharacter();
    if (inPainWithinRange && (character == null || character.isBlank())) {
      valid = refused(context, "painCharacter", "pullsafe.painCharacter.requiredInPain");
    }
    return valid;
  }

  private static boolean refused(ConstraintValidatorContext context, String answer, String key) {
    Refusals.keyOnField(context, answer, key);
    return false;
  }
}
