package com.pullsafe.testing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** The Jakarta Validation validator WildFly would inject, built once for unit tests. */
public final class TestValidator {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private TestValidator() {}

  public static Validator get() {
    return VALIDATOR;
  }
}
