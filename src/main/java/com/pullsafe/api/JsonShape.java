package com.pullsafe.api;

import com.pullsafe.platform.InvalidInput.FieldError;
import com.pullsafe.platform.StorableText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a parsed JSON body has the shape of the record (or bean, such as a report with its
 * answers) it will be bound to, naming each field that does not fit ({@code coachId}, {@code
 * assign[0].sets}). JSON-B alone is too lenient to rely on: Yasson turns {@code 1.5} into the
 * {@code Long} 1 and {@code [1]} into 1, silently drops a field the type does not have (a red flag
 * sent as {@code saddle_numbness} must never pass as GREEN), and its errors do not always say which
 * field failed. Text PostgreSQL cannot store (see {@link StorableText}) is refused here for every
 * field of every body. Missing and null fields pass: required fields are the services' business.
 */
final class JsonShape {

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(
          Long.class,
          long.class,
          Integer.class,
          int.class,
          Short.class,
          short.class,
          BigInteger.class);
  private static final Set<Class<?>> NUMBERS =
      Set.of(Double.class, double.class, Float.class, float.class, BigDecimal.class, Number.class);

  static final String UNKNOWN_FIELD = "is not a field of this request: check its spelling";
  static final String UNSTORABLE = StorableText.REFUSAL;

  private JsonShape() {}

  /** The fields of {@code value} that do not fit {@code type}; empty when the body fits. */
  static List<FieldError> check(JsonValue value, Class<?> type) {
    List<FieldError> errors = new ArrayList<>();
    if (isObject(type) && value.getValueType() != ValueType.OBJECT) {
      errors.add(new FieldError("body", "must be a JSON object"));
    } else {
      check(value, type, "", errors);
    }
    return errors;
  }

  private static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
    if (value.getValueType() == ValueType.NULL) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        errors.add(new FieldError(path, "must not be null"));
      }
      return;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      if (Collection.class.isAssignableFrom(raw)) {
        elements(value, p.getActualTypeArguments()[0], path, errors);
      } else if (Map.class.isAssignableFrom(raw) && value.getValueType() != ValueType.OBJECT) {
        errors.add(new FieldError(path, "must be an object"));
      }
      return;
    }
    if (type instanceof GenericArrayType array) {
      elements(value, array.getGenericComponentType(), path, errors);
      return;
    }
    if (!(type instanceof Class<?> c)) {
      return;
    }
    if (c.isArray()) {
      elements(value, c.getComponentType(), path, errors);
    } else if (isObject(c)) {
      fields(value, c, path, errors);
    } else {
      String problem = scalarProblem(value, c);
      if (problem != null) {
        errors.add(new FieldError(path, problem));
      }
    }
  }

  private static void fields(JsonValue value, Class<?> type, String path, List<FieldError> errors) {
    if (!(value instanceof JsonObject object)) {
      errors.add(new FieldError(path, "must be an object"));
      return;
    }
    Map<String, Type> known = properties(type);
    known.forEach(
        (name, fieldType) -> {
          JsonValue field = object.get(name);
          if (field != null) {
            check(field, fieldType, name(path, name), errors);
          }
        });
    object.keySet().stream()
        .filter(key -> !known.containsKey(key))
        .forEach(key -> errors.add(new FieldError(name(path, key), UNKNOWN_FIELD)));
  }

  /** A type JSON-B binds from a JSON object: a record, or a bean with setters such as a report. */
  private static boolean isObject(Class<?> type) {
    return type.isRecord() || !setters(type).isEmpty();
  }

  /** The fields JSON-B binds, with their types: a record's components, or a bean's setters. */
  private static Map<String, Type> properties(Class<?> type) {
    Map<String, Type> properties = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        properties.put(component.getName(), component.getGenericType());
      }
    } else {
      for (Method setter : setters(type)) {
        String name = setter.getName().substring(3);
        properties.put(
            Character.toLowerCase(name.charAt(0)) + name.substring(1),
            setter.getGenericParameterTypes()[0]);
      }
    }
    return properties;
  }

  private static List<Method> setters(Class<?> type) {
    if (type.isPrimitive() || type.isArray() || !type.getName().startsWith("com.pullsafe.")) {
      return List.of();
    }
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getName().startsWith("set") && m.getName().length() > 3)
        .filter(m -> m.getParameterCount() == 1)
        .toList();
  }

  private static String name(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static void elements(
      JsonValue value, Type element, String path, List<FieldError> errors) {
    if (!(value instanceof JsonArray array)) {
      errors.add(new FieldError(path, "must be a list"));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      check(array.get(i), element, path + "[" + i + "]", errors);
    }
  }

  /** What is wrong with a scalar for {@code type}, or null when it fits (or is not ours to say). */
  private static String scalarProblem(JsonValue value, Class<?> type) {
    ValueType kind = value.getValueType();
    if (type == String.class) {
      if (kind != ValueType.STRING) {
        return "must be text";
      }
      return StorableText.isStorable(((JsonString) value).getString()) ? null : UNSTORABLE;
    }
    if (type == Boolean.class || type == boolean.class) {
      return kind == ValueType.TRUE || kind == ValueType.FALSE ? null : "must be true or false";
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return isWholeNumber(value, type) ? null : "must be a whole number";
    }
    if (NUMBERS.contains(type)) {
      return kind == ValueType.NUMBER ? null : "must be a number";
    }
    if (type.isEnum()) {
      return isConstant(value, type) ? null : "must be one of " + constants(type);
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return kind == ValueType.STRING ? null : "must be text";
    }
    return null;
  }

  private static boolean isWholeNumber(JsonValue value, Class<?> type) {
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      return false;
    }
    try {
      long exact = number.longValueExact();
      return type == Long.class
          || type == long.class
          || type == BigInteger.class
          || (type == Short.class || type == short.class
              ? exact >= Short.MIN_VALUE && exact <= Short.MAX_VALUE
              : exact >= Integer.MIN_VALUE && exact <= Integer.MAX_VALUE);
    } catch (ArithmeticException tooLarge) {
      return type == BigInteger.class;
    }
  }

  private static boolean isConstant(JsonValue value, Class<?> type) {
    return value instanceof JsonString text
        && Arrays.stream(type.getEnumConstants())
            .anyMatch(constant -> ((Enum<?>) constant).name().equals(text.getString()));
  }

  private static String constants(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> ((Enum<?>) constant).name())
        .collect(Collectors.joining(", "));
  }
}
