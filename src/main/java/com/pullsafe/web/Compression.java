package com.pullsafe.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import io.undertow.util.Headers;
import java.util.Locale;
import java.util.Set;

/**
 * Gzip for the static text files pages load (PrimeFaces' and the portal's scripts and style
 * sheets), for browsers that accept it: they are most of a page's bytes on a phone. Pages and API
 * answers stay uncompressed on purpose: they carry secrets (the view state, tokens) beside text a
 * user typed, which compression would let an attacker guess byte by byte (BREACH). Images and fonts
 * are compressed already.
 */
final class Compression {

  private static final int PRIORITY = 50;
  private static final Set<String> TEXT_TYPES =
      Set.of("application/javascript", "text/javascript", "text/css", "image/svg+xml");

  private Compression() {}

  /** {@code next}, with its static text answers compressed when the request accepts gzip. */
  static HttpHandler around(HttpHandler next) {
    ContentEncodingRepository encodings =
        new ContentEncodingRepository()
            .addEncodingHandler(
                "gzip", new GzipEncodingProvider(), PRIORITY, Compression::isStaticText);
    HttpHandler encoding = new EncodingHandler(next, encodings);
    return exchange -> {
      // The same address answers packed or plain by the request: shared caches must tell them
      // apart.
      exchange.getResponseHeaders().add(Headers.VARY, Headers.ACCEPT_ENCODING_STRING);
      encoding.handleRequest(exchange);
    };
  }

  private static boolean isStaticText(HttpServerExchange exchange) {
    String type = exchange.getResponseHeaders().getFirst(Headers.CONTENT_TYPE);
    if (type == null) {
      return false;
    }
    String mediaType = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return TEXT_TYPES.contains(mediaType);
  }
}
