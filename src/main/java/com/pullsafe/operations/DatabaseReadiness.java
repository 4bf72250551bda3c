package com.pullsafe.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers a trivial query through the portal's own pool. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = "database";
  private static final int QUERY_TIMEOUT_SECONDS = 3;

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      statement.execute("select 1");
      return HealthCheckResponse.up(NAME);
    } catch (SQLException e) {
      // The SQL state says what kind of failure it is without echoing hosts or users.
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("sqlState", String.valueOf(e.getSQLState()))
          .build();
    }
  }
}
