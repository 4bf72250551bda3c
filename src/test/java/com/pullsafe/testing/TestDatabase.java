package com.pullsafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the integration tier's database before the managed WildFly starts: PostgreSQL at {@code
 * DB_URL} when set, otherwise an embedded PostgreSQL for this run. The choice reaches the server
 * through system properties that arquillian.xml passes on. Unit test runs start nothing.
 */
public class TestDatabase implements LauncherSessionListener {

  private EmbeddedPostgresServer embedded;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("pullsafe.it")) {
      return;
    }
    String url = System.getenv("DB_URL");
    if (url == null || url.isBlank()) {
      try {
        embedded = EmbeddedPostgresServer.ephemeral();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
      url = embedded.jdbcUrl();
    }
    System.setProperty("pullsafe.test.db.url", url);
    System.setProperty("pullsafe.test.db.user", envOr("DB_USER", "postgres"));
    System.setProperty("pullsafe.test.db.password", envOr("DB_PASSWORD", "postgres"));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
