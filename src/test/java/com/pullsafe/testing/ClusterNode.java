package com.pullsafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One node of a test cluster: the provisioned server (target/server) started with its HA
 * configuration, standalone-ha.xml, from a base directory of its own (configuration, the WAR in
 * deployments, logs), with its own port offset and node name, on loopback.
 */
public final class ClusterNode implements AutoCloseable {

  private static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home", "target/server"));
  private static final int JGROUPS_TCP_PORT = 7600;

  private final String name;
  private final int portOffset;
  private final Path baseDir;
  private Process process;

  private ClusterNode(String name, int portOffset, Path baseDir) {
    this.name = name;
    this.portOffset = portOffset;
    this.baseDir = baseDir;
  }

  /** A node called {@code name} whose files live in {@code workDir/name}, with the WAR deployed. */
  public static ClusterNode prepare(String name, int portOffset, Path workDir, Path war) {
    Path standalone = JBOSS_HOME.resolve("standalone");
    if (!Files.isRegularFile(standalone.resolve("configuration/standalone-ha.xml"))) {
      throw new IllegalStateException(
          "target/server has no standalone-ha.xml: it was provisioned by an older build;"
              + " run ./mvnw clean verify");
    }
    Path baseDir = workDir.resolve(name);
    try {
      copyTree(standalone.resolve("configuration"), baseDir.resolve("configuration"));
      Files.createDirectories(baseDir.resolve("deployments"));
      Files.copy(
          war, baseDir.resolve("deployments/pullsafe.war"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ClusterNode(name, portOffset, baseDir);
  }

  /** Where the nodes' JGroups transports listen, as PULLSAFE_CLUSTER_MEMBERS lists them. */
  public static String members(ClusterNode... nodes) {
    List<String> members = new ArrayList<>();
    for (ClusterNode node : nodes) {
      members.add("127.0.0.1[" + (JGROUPS_TCP_PORT + node.portOffset) + "]");
    }
    return String.join(",", members);
  }

  /** Starts the node with these system properties; returns at once (see {@link #awaitReady}). */
  public void start(Map<String, String> properties) {
    List<String> command = new ArrayList<>();
    command.add(JBOSS_HOME.resolve("bin/standalone.sh").toString());
    command.add("-c");
    command.add("standalone-ha.xml");
    command.add("-Djboss.server.base.dir=" + baseDir.toAbsolutePath());
    command.add("-Djboss.node.name=" + name);
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    command.add("-Djava.net.preferIPv4Stack=true");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(baseDir.resolve("console.log").toFile());
    builder.environment().put("JBOSS_HOME", JBOSS_HOME.toAbsolutePath().toString());
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public int httpPort() {
    return 8080 + portOffset;
  }

  /** Waits until the node answers the sign-in page, i.e. the portal is deployed on it. */
  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting:\n" + consoleTail());
      }
      if (answersSignInPage()) {
        return;
      }
      try {
        process.waitFor(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + consoleTail());
  }

  private boolean answersSignInPage() {
    try {
      HttpURLConnection connection =
          (HttpURLConnection)
              new URL("http://127.0.0.1:" + httpPort() + "/login.xhtml").openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(5000);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException notYet) {
      return false;
    }
  }

  /** Stops the node as a crash would: SIGKILL to the JVM, no shutdown, no hand-over. */
  public void kill() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> processes = new ArrayList<>(process.descendants().toList());
    processes.add(process.toHandle());
    processes.forEach(ProcessHandle::destroyForcibly);
    try {
      for (ProcessHandle stopped : processes) {
        stopped.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException(name + " did not stop", e);
    }
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The node's server.log so far. */
  public String serverLog() {
    try {
      return Files.readString(baseDir.resolve("log/server.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private String consoleTail() {
    try {
      List<String> lines = Files.readAllLines(baseDir.resolve("console.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no console output)";
    }
  }

  @Override
  public void close() {
    kill();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
