package com.pullsafe.webhooks;

/**
 * What one try of a delivery came to, found with no transaction open and recorded afterwards: the
 * receiver's status code and the start of its answer, or the error.
 */
record Outcome(Kind kind, Integer statusCode, String text) {

  enum Kind {
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Another answer, none in time, or a refused host: tried again after the backoff. */
    FAILED,
    /** Not sent and not to be tried again: the endpoint is disabled or gone. */
    ABANDONED
  }

  static Outcome answered(int statusCode, String answerStart) {
    return new Outcome(
        statusCode / 100 == 2 ? Kind.DELIVERED : Kind.FAILED, statusCode, answerStart);
  }

  static Outcome failed(String error) {
    return new Outcome(Kind.FAILED, null, error);
  }

  static Outcome abandoned(String reason) {
    return new Outcome(Kind.ABANDONED, null, reason);
  }
}
