package com.pullsafe.identity;

/**
 * Why the authentication mechanism refused an API request's credentials. The mechanism leaves it on
 * the request (it writes no answer itself, which would make the container fail the request); the
 * API's sign-in filter answers with problem details.
 *
 * @param retryAfterSeconds for THROTTLED, BUSY and UNAVAILABLE; 0 otherwise
 */
public record ApiRefusal(Kind kind, long retryAfterSeconds) {

  /** The request attribute that carries the refusal. */
  public static final String ATTRIBUTE = "pullsafe.apiRefusal";

  /** What the answer says. */
  public enum Kind {
    /** No, wrong, malformed or revoked credentials: 401. */
    UNAUTHORIZED(401),
    /**
     * The right password over HTTP Basic, for an account that signs in with a second factor: 401,
     * and only a token will do.
     */
    SECOND_FACTOR_REQUIRED(401),
    /** Right credentials, suspended tenant: 403. */
    TENANT_SUSPENDED(403),
    /** Too many failed sign-ins: 429. */
    THROTTLED(429),
    /** No capacity to check a password now: 503. */
    BUSY(503),
    /** The database cannot be reached: 503. */
    UNAVAILABLE(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  public static ApiRefusal of(Kind kind) {
    return new ApiRefusal(kind, 0);
  }
}
