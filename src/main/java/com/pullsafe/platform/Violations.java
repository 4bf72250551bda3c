package com.pullsafe.platform;

import com.pullsafe.platform.InvalidInput.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The one way Jakarta Validation's verdict becomes {@link InvalidInput}: each violation names its
 * field by property path ({@code topSetKg}, {@code assign[0].sets}) with the bundle's message, so
 * the API answers problem details and the pages show the message next to the field, alike.
 */
public final class Violations {

  private Violations() {}

  /** Refuses {@code value} with every violation at once; returns it when it is valid. */
  public static <T> T requireValid(Validator validator, T value, Class<?>... groups) {
    List<FieldError> errors = fieldErrors(validator.validate(value, groups));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return value;
  }

  /**
   * The violations as field errors, in the order the fields are declared (as a form shows them),
   * then by path and message, so answers are stable.
   */
  public static <T> List<FieldError> fieldErrors(Set<ConstraintViolation<T>> violations) {
    if (violations.isEmpty()) {
      return List.of();
    }
    List<String> declared = declaredFields(violations.iterator().next().getRootBeanClass());
    Comparator<FieldError> byDeclaration =
        Comparator.comparingInt(e -> position(declared, e.field()));
    return violations.stream()
        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(byDeclaration.thenComparing(FieldError::field).thenComparing(FieldError::message))
        .toList();
  }

  private static int position(List<String> declared, String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    int index = declared.indexOf(path.substring(0, end));
    return index < 0 ? declared.size() : index;
  }

  private static List<String> declaredFields(Class<?> type) {
    List<String> names = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        names.add(component.getName());
      }
      return names;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        names.add(field.getName());
      }
    }
    return names;
  }
}
