package com.pullsafe.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A download: the body with its media type, named so that the browser saves it as a file. */
final class Attachment {

  private Attachment() {}

  /**
   * An answer that saves {@code body} as {@code fileName}. File names here are built from ids,
   * fixed words and slugs, never from free text, so they need no quoting beyond the quotes.
   */
  static Response of(Object body, String mediaType, String fileName) {
    return Response.ok(body, mediaType)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
