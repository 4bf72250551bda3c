package com.pullsafe.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON-B: a body field no request has is refused (Yasson's {@value
 * #FAIL_ON_UNKNOWN_PROPERTIES}; a red flag sent as {@code saddle_numbness} must never pass as
 * GREEN), scalars are taken only as their own JSON type ({@link StrictScalars}), and bodies are
 * read by {@link BodyParser}, which names where reading stopped.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

  /** Yasson's setting, which JSON-B 3.0 does not standardize. */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private static final Jsonb JSONB = create();

  static Jsonb create() {
    return JsonbBuilder.newBuilder()
        .withProvider(new BodyParsers(JsonProvider.provider()))
        .withConfig(
            new JsonbConfig()
                .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
                .withDeserializers(StrictScalars.all()))
        .build();
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
