package com.pullsafe.testing;

import com.pullsafe.startup.Migrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings a database to the portal's schema with the portal's own Flyway setup, outside WildFly:
 * {@code java ... com.pullsafe.testing.MigrateDatabase JDBC_URL USER} (the password, if any, from
 * PGPASSWORD). For scripts that need a real schema without a server (the backup test).
 */
public final class MigrateDatabase {

  private MigrateDatabase() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: MigrateDatabase JDBC_URL USER");
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(args[0]);
    dataSource.setUser(args[1]);
    String password = System.getenv("PGPASSWORD");
    if (password != null) {
      dataSource.setPassword(password);
    }
    var result = Migrations.on(dataSource).migrate();
    System.out.println("schema at version " + result.targetSchemaVersion);
  }
}
