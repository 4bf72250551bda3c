package com.pullsafe.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 413 to a request that announces a body larger than {@value JsonBodies#MAX_BYTES} bytes,
 * before anything reads it; a body sent without its length is cut off at the same size by {@link
 * JsonBodies}.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null && isLarger(length.strip())) {
      request.abortWith(JsonBodies.tooLarge());
    }
  }

  private static boolean isLarger(String length) {
    try {
      return Long.parseLong(length) > JsonBodies.MAX_BYTES;
    } catch (NumberFormatException notANumber) {
      // Not a length: a JSON body is still cut off at the limit when it is read.
      return false;
    }
  }
}
