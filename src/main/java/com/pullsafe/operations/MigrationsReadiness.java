package com.pullsafe.operations;

import com.pullsafe.startup.Migrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Ready only when the schema carries every migration this build ships: none pending, none failed. A
 * schema newer than the build (a node not yet upgraded during a rolling upgrade) stays ready.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

  static final String NAME = "migrations";

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    try {
      MigrationInfoService info = Migrations.on(dataSource).info();
      MigrationInfo current = info.current();
      int pending = info.pending().length;
      boolean failed = current != null && current.getState().isFailed();
      return response
          .status(pending == 0 && !failed)
          .withData("schemaVersion", current == null ? "none" : current.getVersion().getVersion())
          .withData("pending", pending)
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
