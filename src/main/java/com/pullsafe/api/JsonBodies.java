package com.pullsafe.api;

import com.pullsafe.platform.InvalidInput;
import com.pullsafe.platform.InvalidInput.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every JSON body passes here before JSON-B binds it, so that a bad one is a 400 that says why: an
 * empty body (or {@code null}) is missing, text that is not exactly one well-formed JSON value is
 * malformed (JSON-B alone would accept trailing garbage), and each field whose value does not fit
 * its type (wrong type, unknown enum value) is named, see {@link JsonShape}.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

  /** Far above any legitimate body; the container's own limit is 10 MB. */
  static final int MAX_BYTES = 1 << 20;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw new BodyRefused(
          Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body may be at most 1 MB."));
    }
    JsonValue value = parse(body);
    if (value == null || value == JsonValue.NULL) {
      throw InvalidInput.of("body", "is required: send a JSON object");
    }
    List<FieldError> errors = JsonShape.check(value, context.getType());
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().endsWith("+json"));
  }

  /** The one JSON value of the body, null for an empty body. */
  private static JsonValue parse(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new BodyRefused(malformed(parser.getLocation()));
      }
      return value;
    } catch (JsonParsingException e) {
      throw new BodyRefused(malformed(e.getLocation()));
    } catch (JsonException | NoSuchElementException | IllegalStateException e) {
      throw new BodyRefused(malformed(null));
    }
  }

  private static Response malformed(JsonLocation at) {
    String where =
        at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
    return Problems.invalid(RequestErrorMappers.MALFORMED + where + ".", List.of());
  }

  /** A body refused with a complete problem answer. */
  static final class BodyRefused extends WebApplicationException {
    BodyRefused(Response problem) {
      super(problem);
    }
  }
}
