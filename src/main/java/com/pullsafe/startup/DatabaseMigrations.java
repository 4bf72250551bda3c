package com.pullsafe.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Brings the schema up to date at deployment; Flyway owns the schema, EclipseLink never does. */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "java:jboss/datasources/PullSafeDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result = Migrations.on(dataSource).migrate();
    // Flyway names a target version only when it applied something.
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.info(
        () ->
            "Database schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
