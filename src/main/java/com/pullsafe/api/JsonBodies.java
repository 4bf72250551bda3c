package com.pullsafe.api;

import com.pullsafe.platform.InvalidInput;
import com.pullsafe.platform.InvalidInput.FieldError;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every JSON body passes here before JSON-B binds it, so that a bad one is a 400 that says why: an
 * empty body (or {@code null}) is missing, text that is not exactly one well-formed JSON value is
 * malformed (JSON-B alone would accept trailing garbage), a number too long to read cheaply or a
 * field given twice is refused while reading ({@link JsonTree}), and each field whose value does
 * not fit its type (wrong type, unknown enum value) is named, see {@link JsonShape}. A body larger
 * than {@value #MAX_BYTES} bytes is not read at all (413).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

  /** Far above any legitimate body: a report with 2000 characters of notes is under 10 KiB. */
  static final int MAX_BYTES = 64 * 1024;

  static final String TOO_LARGE = "The body may be at most 64 KiB.";

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw new BodyRefused(tooLarge());
    }
    JsonTree.Read read = parse(body);
    if (read == null || (read.value() == JsonValue.NULL && read.errors().isEmpty())) {
      throw InvalidInput.of("body", "is required: send a JSON object");
    }
    List<FieldError> errors = new ArrayList<>(read.errors());
    Set<String> named = errors.stream().map(FieldError::field).collect(Collectors.toSet());
    JsonShape.check(read.value(), context.getType()).stream()
        .filter(e -> !named.contains(e.field()))
        .forEach(errors::add);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static Response tooLarge() {
    return Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().endsWith("+json"));
  }

  /** The body read as JSON, null for an empty body. */
  private static JsonTree.Read parse(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    try {
      return JsonTree.read(text);
    } catch (JsonTree.TooDeep e) {
      throw InvalidInput.of("body", JsonTree.TOO_DEEP);
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
