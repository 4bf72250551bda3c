package com.pullsafe.api;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.NumberBounds;
import com.pullsafe.shared.StorableText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The parser JSON-B reads a request body with: it knows where it is ({@code assign[0].sets}), so
 * that whatever JSON-B refuses is named by its field, and it refuses on the way what JSON-B cannot:
 * a field given twice (JSON-B keeps the last), a number longer than {@value NumberBounds#MAX_CHARS}
 * characters (converting it costs the square of its length), nesting deeper than {@value
 * #MAX_DEPTH} levels, text PostgreSQL cannot store, and anything after the body's one value.
 */
final class BodyParser implements JsonParser {

  /** Far deeper than any body of the API (a review's assignments are three levels deep). */
  static final int MAX_DEPTH = 16;

  /** A refusal of this parser, named by its field: see {@link #refusal()}. */
  static final class Refused extends JsonException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** One open object (the key being read) or array (the index being read). */
  private static final class Level {
    final boolean array;
    final Set<String> keys = new HashSet<>();
    String key;
    int index = -1;

    Level(boolean array) {
      this.array = array;
    }
  }

  private static final Bundle TEXTS = Bundle.of("ValidationMessages", BodyParser.class);

  private final JsonParser parser;
  private final JsonProvider json;
  private final Deque<Level> levels = new ArrayDeque<>();
  private Event current;
  private FieldError refusal;

  BodyParser(JsonParser parser, JsonProvider json) {
    this.parser = parser;
    this.json = json;
  }

  /** What this parser refused, if it did. */
  FieldError refusal() {
    return refusal;
  }

  /**
   * Where reading stopped, as the API names fields: {@code assign[0].sets}; empty at the top. Just
   * after a field's name it is the object's path, as nothing of that field was read yet.
   */
  String stoppedAt() {
    return current == Event.KEY_NAME ? path(false) : path(true);
  }

  private String path(boolean withCurrentKey) {
    StringBuilder path = new StringBuilder();
    if (!levels.isEmpty() && levels.getLast().array) {
      // Every body of the API is an object: within a top-level array, the body itself is wrong.
      return "";
    }
    Iterator<Level> outermostFirst = levels.descendingIterator();
    while (outermostFirst.hasNext()) {
      Level level = outermostFirst.next();
      if (level.array && level.index >= 0) {
        path.append('[').append(level.index).append(']');
      } else if (!level.array
          && level.key != null
          && (withCurrentKey || outermostFirst.hasNext())) {
        path.append(path.isEmpty() ? "" : ".").append(level.key);
      }
    }
    return path.toString();
  }

  @Override
  public Event next() {
    Event event = parser.next();
    current = event;
    Level level = levels.peek();
    if (level != null && level.array && event != Event.END_ARRAY) {
      level.index++;
    }
    switch (event) {
      case KEY_NAME -> key(level, parser.getString());
      case START_OBJECT, START_ARRAY -> open(event == Event.START_ARRAY);
      case END_OBJECT, END_ARRAY -> levels.pop();
      case VALUE_NUMBER -> number();
      case VALUE_STRING -> text();
      default -> {}
    }
    return event;
  }

  private void key(Level level, String key) {
    level.key = key;
    if (!level.keys.add(key)) {
      refuse(path(true), TEXTS.text("pullsafe.body.twice"));
    }
  }

  private void open(boolean array) {
    if (levels.size() >= MAX_DEPTH) {
      refuse("", TEXTS.text("pullsafe.body.tooDeep", MAX_DEPTH));
    }
    levels.push(new Level(array));
  }

  private void number() {
    if (!NumberBounds.isShortEnough(parser.getString())) {
      refuse(path(true), TEXTS.text("pullsafe.body.numberTooLong", NumberBounds.MAX_CHARS));
    }
  }

  private void text() {
    if (!StorableText.isStorable(parser.getString())) {
      refuse(path(true), TEXTS.text("pullsafe.text.unstorable"));
    }
  }

  private void refuse(String field, String message) {
    refusal = new FieldError(field.isEmpty() ? "body" : field, message);
    throw new Refused(message);
  }

  @Override
  public Event currentEvent() {
    return current;
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public String getString() {
    return parser.getString();
  }

  @Override
  public boolean isIntegralNumber() {
    return parser.isIntegralNumber();
  }

  @Override
  public int getInt() {
    return parser.getInt();
  }

  @Override
  public long getLong() {
    return parser.getLong();
  }

  @Override
  public BigDecimal getBigDecimal() {
    return parser.getBigDecimal();
  }

  @Override
  public JsonLocation getLocation() {
    return parser.getLocation();
  }

  /** The current value, read event by event through this parser so that its bounds hold. */
  @Override
  public JsonValue getValue() {
    return switch (current) {
      case START_OBJECT -> readObject();
      case START_ARRAY -> readArray();
      case VALUE_STRING, VALUE_NUMBER, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> parser.getValue();
      default -> throw new IllegalStateException("no value at " + current);
    };
  }

  @Override
  public JsonObject getObject() {
    if (current != Event.START_OBJECT) {
      throw new IllegalStateException("no object at " + current);
    }
    return readObject();
  }

  @Override
  public JsonArray getArray() {
    if (current != Event.START_ARRAY) {
      throw new IllegalStateException("no array at " + current);
    }
    return readArray();
  }

  private JsonObject readObject() {
    JsonObjectBuilder object = json.createObjectBuilder();
    for (Event event = next(); event != Event.END_OBJECT; event = next()) {
      String key = parser.getString();
      next();
      object.add(key, getValue());
    }
    return object.build();
  }

  private JsonArray readArray() {
    JsonArrayBuilder array = json.createArrayBuilder();
    for (Event event = next(); event != Event.END_ARRAY; event = next()) {
      array.add(getValue());
    }
    return array.build();
  }

  @Override
  public void skipObject() {
    skipToEndOfCurrent();
  }

  @Override
  public void skipArray() {
    skipToEndOfCurrent();
  }

  /** Reads on, through this parser, until the innermost open object or array is closed. */
  private void skipToEndOfCurrent() {
    int depth = levels.size();
    while (levels.size() >= depth) {
      next();
    }
  }

  /** Ends the reading; a body that goes on after its value is malformed, not half-read. */
  @Override
  public void close() {
    try {
      if (levels.isEmpty() && current != null && refusal == null && parser.hasNext()) {
        throw new JsonParsingException("more than one value", parser.getLocation());
      }
    } finally {
      parser.close();
    }
  }
}
