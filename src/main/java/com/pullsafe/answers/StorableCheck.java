package com.pullsafe.answers;

import com.pullsafe.platform.StorableText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Storable}. */
public class StorableCheck implements ConstraintValidator<Storable, String> {

  @Override
  public boolean isValid(String text, ConstraintValidatorContext context) {
    return StorableText.isStorable(text);
  }
}
