package com.pullsafe.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL 17 from Maven Central (zonky), for the test tier and for {@code ./deploy.sh
 * local} when no {@code DB_URL} is given. As a program it keeps its data in a folder, with fsync
 * and synchronous commit on, and stops when its standard input closes (its parent died) or on
 * SIGTERM/SIGINT.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** A throw-away server with a fresh data folder: fast, not durable. */
  public static EmbeddedPostgresServer ephemeral() throws IOException {
    return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
  }

  /** A durable server on {@code dataDir} that survives restarts. */
  public static EmbeddedPostgresServer durable(Path dataDir, int port) throws IOException {
    Files.createDirectories(dataDir);
    stopLeftover(dataDir);
    return new EmbeddedPostgresServer(
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start());
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /** A server left running by a killed run would otherwise be silently reused. */
  private static void stopLeftover(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    ProcessHandle.of(pid)
        .ifPresent(
            process -> {
              process.destroy();
              process.onExit().join();
            });
    Files.deleteIfExists(pidFile);
  }

  /** {@code EmbeddedPostgresServer <dataDir> <port>}: runs until stdin closes or it is stopped. */
  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    EmbeddedPostgresServer server = durable(dataDir, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (IOException e) {
                    System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    System.out.println("READY " + server.jdbcUrl());
    System.out.flush();
    while (System.in.read() != -1) {
      // Drain stdin; end of input means the launching script is gone.
    }
    System.exit(0);
  }
}
