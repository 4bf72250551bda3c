package com.pullsafe.api;

/** Names the OpenAPI annotations share: the reusable error responses of {@link PullSafeApi}. */
final class ApiDocs {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String BAD_REQUEST = "BadRequest";
  static final String UNAUTHORIZED = "Unauthorized";
  static final String FORBIDDEN = "Forbidden";
  static final String NOT_FOUND = "NotFound";
  static final String CONFLICT = "Conflict";
  static final String TOO_MANY_REQUESTS = "TooManyRequests";

  private ApiDocs() {}
}
