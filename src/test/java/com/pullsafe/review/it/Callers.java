package com.pullsafe.review.it;

import java.util.concurrent.Callable;

/**
 * Test-only EJBs ({@code As...}) call the services as a given signed-in user of the demo tenant (or
 * of the second tenant the tests create): whatever runs inside {@code call} runs as that user.
 */
public final class Callers {

  private Callers() {}

  static <T> T run(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
