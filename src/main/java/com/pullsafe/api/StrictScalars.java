package com.pullsafe.api;

import com.pullsafe.shared.Bundle;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * JSON-B deserializers that take a value only as the JSON type it must be: Yasson alone reads
 * {@code 1.5} as the whole number 1, {@code "12"} as a number, {@code 1} as {@code false} and
 * {@code 5} as the text "5", so a mistyped field would pass unnoticed.
 */
final class StrictScalars {

  private static final Bundle TEXTS = Bundle.of("ValidationMessages", StrictScalars.class);

  private StrictScalars() {}

  /** A value of the wrong JSON type; its message says what the field must be. */
  static final class WrongType extends JsonbException {
    private static final long serialVersionUID = 1L;

    WrongType(String key) {
      super(TEXTS.text(key));
    }
  }

  static JsonbDeserializer<?>[] all() {
    return new JsonbDeserializer<?>[] {
      new Text(), new Decimal(), new Truth(), new WholeLong(), new WholeInteger()
    };
  }

  /** Reads the value at the parser, null for JSON null, else {@code read} of it. */
  private static <T> T read(JsonParser parser, Function<JsonValue, T> read) {
    JsonValue value = parser.getValue();
    return value.getValueType() == JsonValue.ValueType.NULL ? null : read.apply(value);
  }

  private static long wholeNumber(JsonValue value, long min, long max) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        long exact = number.longValueExact();
        if (exact >= min && exact <= max) {
          return exact;
        }
      } catch (ArithmeticException tooLarge) {
        // falls through to the refusal
      }
    }
    throw new WrongType("pullsafe.body.wholeNumber");
  }

  static final class Text implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return read(
          parser,
          value -> {
            if (value instanceof JsonString text) {
              return text.getString();
            }
            throw new WrongType("pullsafe.body.text");
          });
    }
  }

  static final class Decimal implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return read(
          parser,
          value -> {
            if (value instanceof JsonNumber number) {
              return number.bigDecimalValue();
            }
            throw new WrongType("pullsafe.body.number");
          });
    }
  }

  static final class Truth implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return read(
          parser,
          value ->
              switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw new WrongType("pullsafe.body.truth");
              });
    }
  }

  static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return read(parser, value -> wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE));
    }
  }

  static final class WholeInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return read(parser, value -> (int) wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
  }
}
