package com.pullsafe.api;

import com.pullsafe.shared.Bundle;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 413 to a request that announces a body larger than {@value #MAX_BYTES} bytes, before
 * anything reads it; a body sent without its length is cut off at the same size by {@link
 * BodyReading}.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

  /** Far above any legitimate body: a report with 2000 characters of notes is under 10 KiB. */
  static final int MAX_BYTES = 64 * 1024;

  private static final Bundle TEXTS = Bundle.of("ValidationMessages", BodyLimit.class);

  @Override
  public void filter(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null && isLarger(length.strip())) {
      request.abortWith(tooLarge());
    }
  }

  private static boolean isLarger(String length) {
    try {
      return Long.parseLong(length) > MAX_BYTES;
    } catch (NumberFormatException notANumber) {
      // Not a length: a JSON body is still cut off at the limit when it is read.
      return false;
    }
  }

  static Response tooLarge() {
    return Problems.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE, TEXTS.text("pullsafe.body.tooLarge"));
  }
}
