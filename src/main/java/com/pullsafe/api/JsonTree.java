package com.pullsafe.api;

import com.pullsafe.platform.InvalidInput.FieldError;
import com.pullsafe.platform.NumberBounds;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a request body into one JSON value event by event, refusing on the way what would be costly
 * or ambiguous to bind, each named by its field as {@link JsonShape} names them: a number written
 * with more than {@value NumberBounds#MAX_CHARS} characters is never turned into a number (that
 * costs the square of its length), a field given twice is refused (which one would count?), and
 * nesting deeper than any body of the API ({@value #MAX_DEPTH} levels) ends the reading.
 */
final class JsonTree {

  /** Far deeper than any body of the API (a review's assignments are three levels deep). */
  static final int MAX_DEPTH = 16;

  static final String NUMBER_TOO_LONG =
      "must be a number of at most " + NumberBounds.MAX_CHARS + " characters";
  static final String TWICE = "is given more than once";
  static final String TOO_DEEP = "nests deeper than " + MAX_DEPTH + " levels";

  /** What was read: the value, with null in place of each refused number, and the refusals. */
  record Read(JsonValue value, List<FieldError> errors) {}

  /** Thrown when the body nests too deeply to read on. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(TOO_DEEP, null, false, false);
    }
  }

  private final JsonParser parser;
  private final List<FieldError> errors = new ArrayList<>();

  private JsonTree(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * The one JSON value of {@code text} (not blank).
   *
   * @throws JsonParsingException when it is not exactly one well-formed value
   * @throws TooDeep when it nests deeper than {@value #MAX_DEPTH} levels
   */
  static Read read(String text) {
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      JsonTree tree = new JsonTree(parser);
      JsonValue value = tree.value(parser.next(), "", 0);
      if (parser.hasNext()) {
        throw new JsonParsingException("more than one value", parser.getLocation());
      }
      return new Read(value, List.copyOf(tree.errors));
    }
  }

  private JsonValue value(Event event, String path, int depth) {
    return switch (event) {
      case START_OBJECT -> object(path, depth + 1);
      case START_ARRAY -> array(path, depth + 1);
      case VALUE_NUMBER -> number(path);
      case VALUE_STRING -> Json.createValue(parser.getString());
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      case VALUE_NULL -> JsonValue.NULL;
      default -> throw new IllegalStateException("unexpected " + event);
    };
  }

  private JsonValue object(String path, int depth) {
    refuseDeeperThanAllowed(depth);
    JsonObjectBuilder object = Json.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
      String key = parser.getString();
      String field = path.isEmpty() ? key : path + "." + key;
      JsonValue value = value(parser.next(), field, depth);
      if (keys.add(key)) {
        object.add(key, value);
      } else {
        errors.add(new FieldError(field, TWICE));
      }
    }
    return object.build();
  }

  private JsonValue array(String path, int depth) {
    refuseDeeperThanAllowed(depth);
    JsonArrayBuilder array = Json.createArrayBuilder();
    int index = 0;
    for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
      array.add(value(event, path + "[" + index + "]", depth));
      index++;
    }
    return array.build();
  }

  /** The number, read only when short enough; the parser keeps it as text until asked. */
  private JsonValue number(String path) {
    if (!NumberBounds.isShortEnough(parser.getString())) {
      errors.add(new FieldError(path.isEmpty() ? "body" : path, NUMBER_TOO_LONG));
      return JsonValue.NULL;
    }
    return Json.createValue(parser.getBigDecimal());
  }

  private static void refuseDeeperThanAllowed(int depth) {
    if (depth > MAX_DEPTH) {
      throw new TooDeep();
    }
  }
}
