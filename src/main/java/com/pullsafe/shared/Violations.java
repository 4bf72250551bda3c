package com.pullsafe.shared;

import com.pullsafe.shared.InvalidInput.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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

  /** Refuses with every violation of every value at once, in the order the values are given. */
  public static void requireEachValid(Validator validator, Object... values) {
    List<FieldError> errors = new ArrayList<>();
    for (Object value : values) {
      errors.addAll(fieldErrors(validator.validate(value)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  /**
   * The violations as field errors, in the order the fields are declared (as a form shows them),
   * those of a list's elements by index and then in the order the element's fields are declared,
   * then by path and message, so answers are stable.
   */
  public static <T> List<FieldError> fieldErrors(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .map(Located::of)
        .sorted(Located.ORDER)
        .map(located -> new FieldError(located.field(), located.message()))
        .toList();
  }

  /** A violation with the field it names and where that field comes in its form. */
  private record Located(String field, String message, int position, int index, int inElement) {

    static final Comparator<Located> ORDER =
        Comparator.comparingInt(Located::position)
            .thenComparingInt(Located::index)
            .thenComparingInt(Located::inElement)
            .thenComparing(Located::field)
            .thenComparing(Located::message);

    static Located of(ConstraintViolation<?> violation) {
      List<Path.Node> nodes = new ArrayList<>();
      violation.getPropertyPath().forEach(nodes::add);
      Path.Node first = nodes.isEmpty() ? null : nodes.get(0);
      Path.Node last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
      int index = -1;
      for (Path.Node node : nodes) {
        if (node.getIndex() != null) {
          index = node.getIndex();
          break;
        }
      }
      Object leaf = violation.getLeafBean();
      return new Located(
          field(nodes),
          violation.getMessage(),
          declaredPosition(violation.getRootBeanClass(), first),
          index,
          leaf == null ? 0 : declaredPosition(leaf.getClass(), last));
    }

    /**
     * The field as requests and forms name it: {@code topSetKg}, {@code assign[0].sets}, and {@code
     * assign[0]} for a list's element itself (where the path says {@code <list element>}).
     */
    private static String field(List<Path.Node> nodes) {
      StringBuilder field = new StringBuilder();
      for (Path.Node node : nodes) {
        if (node.isInIterable()) {
          field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
          field.append(']');
        }
        if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
          field.append(field.isEmpty() ? "" : ".").append(node.getName());
        }
      }
      return field.toString();
    }

    private static int declaredPosition(Class<?> type, Path.Node node) {
      List<String> declared = declaredFields(type);
      int index = node == null ? -1 : declared.indexOf(node.getName());
      return index < 0 ? declared.size() : index;
    }
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
