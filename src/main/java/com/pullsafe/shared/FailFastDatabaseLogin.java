package com.pullsafe.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a lost database connection fail the request at once. By default EclipseLink retries a read
 * that hit a communication error three times, five seconds apart, holding the request for fifteen
 * seconds before the same failure; the connection pool already replaces broken connections, and the
 * client is told to retry (503 with Retry-After, see {@link DatabaseOutage}).
 */
public class FailFastDatabaseLogin implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
