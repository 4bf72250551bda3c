package com.pullsafe.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The name of one of {@link #type}'s constants, blanks around it allowed. Codes arrive as text so
 * that an unknown one is refused naming its field. Blank or null is, unless {@link #required}. The
 * default message names every constant ("must be one of CONFIRM, OVERRIDE").
 */
@Documented
@Constraint(validatedBy = EnumName.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface EnumName {

  Class<? extends Enum<?>> type();

  boolean required() default false;

  /** Empty for the default, which names the constants. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link EnumName}. */
  class Check implements ConstraintValidator<EnumName, String> {

    private Class<? extends Enum<?>> type;
    private boolean required;
    private boolean namesInMessage;

    @Override
    public void initialize(EnumName constraint) {
      type = constraint.type();
      required = constraint.required();
      namesInMessage = constraint.message().isEmpty();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      boolean blank = text == null || text.isBlank();
      boolean valid = blank ? !required : EnumNames.parse(type, text) != null;
      if (!valid && namesInMessage) {
        Refusals.onValue(context, Refusals.message("pullsafe.code.unknown", EnumNames.of(type)));
      }
      return valid;
    }
  }
}
