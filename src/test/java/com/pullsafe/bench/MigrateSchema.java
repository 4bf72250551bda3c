package com.pullsafe.bench;

import org.flywaydb.core.Flyway;

/**
 * Brings a database to the application's schema with the application's own migrations, as a
 * deployment would, so that the benchmark data generator fills the real tables. Arguments: JDBC
 * URL, user, password.
 */
public final class MigrateSchema {

  private MigrateSchema() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: MigrateSchema <jdbc-url> <user> <password>");
    }
    int applied =
        Flyway.configure()
            .dataSource(args[0], args[1], args[2])
            .locations("classpath:db/migration")
            .load()
            .migrate()
            .migrationsExecuted;
    System.out.println("Migrations applied: " + applied);
  }
}
