package com.pullsafe.api;

import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
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
import java.util.List;
import java.util.Optional;

/**
 * Every JSON body is bound by JSON-B ({@link JsonBinding}); this turns what it refuses into a 400
 * that names the field where reading stopped ({@code coachId}, {@code assign[0].bogus}): JSON-B's
 * own errors name no path. A body that is empty or {@code null} is missing, one that is not
 * well-formed JSON is malformed, and one larger than {@value BodyLimit#MAX_BYTES} bytes, sent
 * without its length, is cut off unread (413).
 */
@Provider
public class BodyReading implements ReaderInterceptor {

  private static final Bundle TEXTS = Bundle.of("ValidationMessages", BodyReading.class);

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readNBytes(BodyLimit.MAX_BYTES + 1);
    if (body.length > BodyLimit.MAX_BYTES) {
      throw new BodyRefused(BodyLimit.tooLarge());
    }
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw missing();
    }
    context.setInputStream(new ByteArrayInputStream(body));
    BodyParsers.forget();
    try {
      Object bound = context.proceed();
      if (bound == null) {
        throw missing();
      }
      return bound;
    } catch (InvalidInput alreadyNamed) {
      throw alreadyNamed;
    } catch (RuntimeException refused) {
      throw named(refused);
    } finally {
      BodyParsers.forget();
    }
  }

  static InvalidInput missing() {
    return InvalidInput.of("body", TEXTS.text("pullsafe.body.required"));
  }

  /** JSON-B's refusal, named by where the body's parser stopped. */
  static RuntimeException named(RuntimeException refused) {
    BodyParser parser = BodyParsers.current();
    if (parser == null) {
      return refused;
    }
    if (parser.refusal() != null) {
      return new InvalidInput(List.of(parser.refusal()));
    }
    Optional<JsonParsingException> malformed = cause(refused, JsonParsingException.class);
    if (malformed.isPresent()) {
      return new BodyRefused(malformed(malformed.get().getLocation()));
    }
    String path = parser.stoppedAt();
    String message;
    if (path.isEmpty()) {
      message = TEXTS.text("pullsafe.body.object");
    } else if (isUnknownField(refused)) {
      message = TEXTS.text("pullsafe.body.unknownField");
    } else {
      message =
          cause(refused, StrictScalars.WrongType.class)
              .map(Throwable::getMessage)
              .orElseGet(() -> TEXTS.text("pullsafe.body.wrongType"));
    }
    return new InvalidInput(List.of(new FieldError(path.isEmpty() ? "body" : path, message)));
  }

  /** Yasson's refusal of a field the type does not have (its message, pinned by a unit test). */
  private static boolean isUnknownField(Throwable refused) {
    for (Throwable t = refused; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains(" can not be mapped to a class ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().endsWith("+json"));
  }

  private static Response malformed(JsonLocation at) {
    String where =
        at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
    return Problems.invalid(RequestErrorMappers.MALFORMED + where + ".", List.of());
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /** A body refused with a complete problem answer. */
  static final class BodyRefused extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    BodyRefused(Response problem) {
      super(problem);
    }
  }
}
