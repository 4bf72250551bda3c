package com.pullsafe.startup;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway over the portal's migrations ({@code src/main/resources/db/migration}). */
public final class Migrations {

  private Migrations() {}

  public static Flyway on(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load();
  }
}
