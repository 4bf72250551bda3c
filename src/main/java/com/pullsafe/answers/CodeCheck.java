package com.pullsafe.answers;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link Code}. */
public class CodeCheck implements ConstraintValidator<Code, String> {

  private List<String> names;

  @Override
  public void initialize(Code code) {
    names = Arrays.stream(code.value().getEnumConstants()).map(Enum::name).toList();
  }

  @Override
  public boolean isValid(String text, ConstraintValidatorContext context) {
    if (text == null || text.isBlank() || names.contains(text.strip())) {
      return true;
    }
    context
        .unwrap(HibernateConstraintValidatorContext.class)
        .addMessageParameter("allowed", String.join(", ", names));
    return false;
  }
}
