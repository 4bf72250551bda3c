package com.pullsafe.shared;

import jakarta.validation.ConstraintValidatorContext;

/**
 * For constraint validators whose message needs more than the constraint's own attributes (the
 * names of an enum, the bound of the unit an exercise is dosed in): they word it from {@code
 * ValidationMessages} with {@link Bundle} and report it, as it is, on the field it concerns.
 */
public final class Refusals {

  private static final Bundle MESSAGES = Bundle.of("ValidationMessages", Refusals.class);

  private Refusals() {}

  /** The message {@code key} of {@code ValidationMessages}, its {@code {0}}… filled in. */
  public static String message(String key, Object... args) {
    return MESSAGES.text(key, args);
  }

  /** Reports {@code message} on the property {@code field} of the validated bean. */
  public static void onField(ConstraintValidatorContext context, String field, String message) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(literal(message))
        .addPropertyNode(field)
        .addConstraintViolation();
  }

  /**
   * Reports the message {@code key} of {@code ValidationMessages} (one without arguments) on the
   * property {@code field}, by its key, so that the validator's interpolator words it for its
   * audience: the API's as written, a page's in the form's words ({@code
   * com.pullsafe.web.PageWording}).
   */
  public static void keyOnField(ConstraintValidatorContext context, String field, String key) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate("{" + key + "}")
        .addPropertyNode(field)
        .addConstraintViolation();
  }

  /** Reports {@code message} on the validated value itself (a field constraint's field). */
  public static void onValue(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
  }

  /** A message template that interpolates to {@code text} itself. */
  private static String literal(String text) {
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
