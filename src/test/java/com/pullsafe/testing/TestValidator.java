package com.pullsafe.testing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** Jakarta Validation for unit tests, as WildFly provides it to the app: one shared validator. */
public final class TestValidator {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private TestValidator() {}

  public static Validator get() {
    return FACTORY.getValidator();
  }
}
