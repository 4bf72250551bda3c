package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files under {@code docker/}: no Docker engine runs here, so the compose file is checked by
 * {@code docker-compose config} (Debian's docker-compose 1.29 parses and validates it) and the
 * Dockerfile by reading it.
 */
class DockerComposeFileTest {

  private static final Path BASE_DIR =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  private static final String COMPOSE_FILE = "docker/compose.yaml";
  private static final Path DOCKERFILE = BASE_DIR.resolve("docker/Dockerfile");
  private static final Path SETUP_CLI = BASE_DIR.resolve("src/wildfly/setup.cli");
  private static final Path DOCKERIGNORE = BASE_DIR.resolve("docker/Dockerfile.dockerignore");
  private static final String WILDFLY_RUNTIME_IMAGE =
      "quay.io/wildfly/wildfly-runtime:latest-jdk17";
  private static final String DUMMY_DB_PASSWORD = "dummy-db-password";
  private static final String DUMMY_TOTP_KEY = "ZHVtbXktdG90cC1rZXktZm9yLXRoZS10ZXN0LW9ubHk=";

  @TempDir Path tempDir;

  @Test
  void dockerComposeAcceptsTheClusterOfTwoNodesBehindALoadBalancerOnOneDatabase() throws Exception {
    var run =
        dockerComposeConfig(
            Map.of(
                "POSTGRES_PASSWORD",
                DUMMY_DB_PASSWORD,
                "PORTAL_ADMIN_EMAIL",
                "admin@example.test",
                "PORTAL_ADMIN_PASSWORD",
                "dummy-admin-password",
                "PULLSAFE_TOTP_KEY",
                DUMMY_TOTP_KEY));

    assertEquals(0, run.exitCode(), "docker-compose config failed:\n" + run.output());
    String out = run.output();
    String node1 = service(out, "node1");
    String node2 = service(out, "node2");
    String lb = service(out, "lb");
    assertAll(
        () -> assertMatches(service(out, "db"), "(?m)^\\s+image:\\s*postgres:17\\s*$", "db on 17"),
        () -> assertMatches(lb, "(?m)^\\s+image:\\s*haproxy:\\S+\\s*$", "HAProxy in front"),
        () ->
            assertMatches(
                lb,
                "(?m)(published:\\s*\"?8080\"?\\s*\\n\\s*target:\\s*8080"
                    + "|target:\\s*8080\\s*\\n(\\s+\\w+:.*\\n)*?\\s*published:\\s*\"?8080\"?"
                    + "|8080:8080)",
                "the load balancer's port 8080 published as 8080"),
        () ->
            assertMatches(
                lb, "(?s)node1:\\s*\\n\\s*condition:\\s*service_healthy", "lb waits for node1"),
        () ->
            assertMatches(
                lb, "(?s)node2:\\s*\\n\\s*condition:\\s*service_healthy", "lb waits for node2"),
        () -> assertTrue(node1.contains(DUMMY_TOTP_KEY), "node1 seals with the given key"),
        () -> assertTrue(node2.contains(DUMMY_TOTP_KEY), "node2 opens with the same key"),
        () -> assertNodeOfTheCluster(node1, "node1"),
        () -> assertNodeOfTheCluster(node2, "node2"),
        () ->
            assertFalse(
                node1.contains("published:") || node2.contains("published:"),
                "only the load balancer is reachable from outside"));
  }

  private static void assertNodeOfTheCluster(String node, String name) {
    assertAll(
        () -> assertMatches(node, "(?m)^\\s+hostname:\\s*" + name + "\\s*$", name + " by name"),
        () ->
            assertMatches(
                node, "(?m)^\\s+SERVER_CONFIG:\\s*standalone-ha\\.xml\\s*$", "HA configuration"),
        () ->
            assertMatches(
                node,
                "(?m)^\\s+PULLSAFE_CLUSTER_MEMBERS:\\s*node1\\[7600\\],node2\\[7600\\]\\s*$",
                "both nodes as cluster members"),
        () ->
            assertMatches(
                node,
                "(?m)^\\s+DB_URL:\\s*jdbc:postgresql://db:5432/pullsafe\\s*$",
                "DB_URL pointing at the db service"),
        () ->
            assertMatches(
                node,
                "(?m)^\\s+DB_PASSWORD:\\s*" + DUMMY_DB_PASSWORD + "\\s*$",
                "DB_PASSWORD taken from POSTGRES_PASSWORD"),
        () ->
            assertMatches(
                node, "(?m)^\\s+condition:\\s*service_healthy\\s*$", "waits for a healthy db"));
  }

  /** One service's block in {@code docker-compose config}'s output (services are at indent 2). */
  private static String service(String config, String name) {
    var matcher =
        Pattern.compile("(?ms)^  " + Pattern.quote(name) + ":\\s*$(.*?)(?=^  \\S|^\\S|\\z)")
            .matcher(config);
    assertTrue(matcher.find(), "no service " + name + " in:\n" + config);
    return matcher.group(1);
  }

  @Test
  void dockerComposeRefusesTheClusterWithoutATwoFactorKey() throws Exception {
    var run = dockerComposeConfig(Map.of("POSTGRES_PASSWORD", DUMMY_DB_PASSWORD));

    assertNotEquals(0, run.exitCode(), "each node would make its own key:\n" + run.output());
    assertTrue(run.output().contains("PULLSAFE_TOTP_KEY"), run.output());
  }

  @Test
  void dockerComposeRefusesTheFileWithoutADatabasePassword() throws Exception {
    var run = dockerComposeConfig(Map.of());

    assertNotEquals(0, run.exitCode(), "no default secret may stand in:\n" + run.output());
    assertTrue(run.output().contains("POSTGRES_PASSWORD"), run.output());
  }

  @Test
  void dockerfileStartsFromTheOfficialWildFlyRuntimeImage() throws IOException {
    assertEquals("FROM " + WILDFLY_RUNTIME_IMAGE, dockerfileInstructions().get(0));
  }

  @Test
  void dockerfileCarriesTheServerTheBuildProvisionedAndConfigured() throws IOException {
    List<String> instructions = dockerfileInstructions();

    assertHas(
        instructions,
        "^COPY (--\\S+ )*target/server /opt/server/?$",
        "target/server as the server");
    assertTrue(
        Files.readString(DOCKERIGNORE).lines().anyMatch("!target/server"::equals),
        "the provisioned server is sent to the build");
  }

  @Test
  void dockerfileDeploysTheWarAndListensOnAllInterfaces() throws IOException {
    List<String> instructions = dockerfileInstructions();

    assertAll(
        () ->
            assertHas(
                instructions,
                "^COPY (--\\S+ )*target/pullsafe\\.war /opt/server/standalone/deployments/"
                    + "(pullsafe\\.war)?$",
                "the WAR copied into standalone/deployments"),
        () -> assertHas(instructions, "^EXPOSE .*\\b8080\\b.*$", "port 8080 exposed"),
        () ->
            assertHas(
                instructions,
                "^CMD .*/opt/server/bin/standalone\\.sh -b 0\\.0\\.0\\.0 .*$",
                "standalone.sh bound to 0.0.0.0"));
  }

  @Test
  void dockerfileKeepsTheManagementInterfaceOnLoopbackUnlessOpenedDeliberately()
      throws IOException {
    List<String> instructions = dockerfileInstructions();

    assertAll(
        () -> assertHas(instructions, "^ENV MANAGEMENT_BIND=127\\.0\\.0\\.1$", "loopback default"),
        () ->
            assertHas(
                instructions,
                "^CMD .*-bmanagement \\\\?\"?\\$\\{?MANAGEMENT_BIND\\}?.*$",
                "management bound to MANAGEMENT_BIND"),
        () ->
            assertFalse(
                instructions.stream().anyMatch(i -> i.matches("^EXPOSE .*\\b9990\\b.*$")),
                "port 9990 not exposed"),
        () ->
            assertFalse(
                instructions.stream().anyMatch(i -> i.contains("-bmanagement 0.0.0.0")),
                "management not on all addresses"));
  }

  @Test
  void dockerfileReportsReadinessAndCanStartAsAClusterNode() throws IOException {
    List<String> instructions = dockerfileInstructions();

    assertAll(
        () ->
            assertHas(
                instructions,
                "^HEALTHCHECK .*CMD curl .*:9990/health/ready.*$",
                "a health check on the readiness endpoint"),
        () ->
            assertHas(instructions, "^ENV SERVER_CONFIG=standalone\\.xml$", "one node by default"),
        () ->
            assertHas(
                instructions,
                "^CMD .*-c \\\\?\"\\$SERVER_CONFIG\\\\?\" .*-Djboss\\.node\\.name=.*$",
                "the configuration and a node name per container"));
  }

  @Test
  void haproxyAcceptsTheLoadBalancersConfiguration() throws Exception {
    Path haproxy = required("haproxy", "haproxy");
    Path output = tempDir.resolve("haproxy-check.out");
    Process check =
        new ProcessBuilder(haproxy.toString(), "-c", "-f", "docker/haproxy.cfg")
            .directory(BASE_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertTrue(check.waitFor(60, TimeUnit.SECONDS), "haproxy -c did not finish");
    String report = Files.readString(output);

    assertEquals(0, check.exitValue(), report);
    String config = Files.readString(BASE_DIR.resolve("docker/haproxy.cfg"));
    assertAll(
        () -> assertMatches(config, "(?m)^\\s+server node1 node1:8080\\b", "node1 behind it"),
        () -> assertMatches(config, "(?m)^\\s+server node2 node2:8080\\b", "node2 behind it"),
        () -> assertMatches(config, "(?m)^\\s+option httpchk GET /login\\.xhtml$", "checks nodes"),
        () -> assertMatches(config, "(?m)^\\s+option redispatch$", "leaves a failed node"));
  }

  @Test
  void setupScriptHasNoFallbackDatabaseCredentials() throws IOException {
    String script = Files.readString(SETUP_CLI, StandardCharsets.UTF_8);

    assertTrue(script.contains("--user-name=\"${pullsafe.db.user:${env.DB_USER}}\""), script);
    assertTrue(
        script.contains("--password=\"${pullsafe.db.password:${env.DB_PASSWORD}}\""), script);
    assertFalse(script.contains("DB_PASSWORD:postgres"), "no well-known password fallback");
    assertFalse(script.contains("DB_USER:postgres"), "no well-known user fallback");
  }

  @Test
  void dockerfileBakesInNoSecretsAndRunsAsTheNonRootUser() throws IOException {
    List<String> instructions = dockerfileInstructions();

    assertFalse(
        instructions.stream()
            .anyMatch(i -> i.matches("(?i)^(ENV|ARG) .*(PASSWORD|DB_URL|DB_USER|PORTAL_ADMIN).*")),
        "database and admin settings come from the environment at run time, not ENV/ARG");
    List<String> users = instructions.stream().filter(i -> i.startsWith("USER ")).toList();
    assertFalse(users.isEmpty(), "the image says which user runs the server");
    String last = users.get(users.size() - 1);
    assertFalse(last.matches("USER (root|0)(:.*)?"), last);
  }

  private record Run(int exitCode, String output) {}

  /**
   * {@code docker-compose config} from the project folder with an empty env file (so a local
   * docker/.env cannot change the outcome) and only the given variables set.
   */
  private Run dockerComposeConfig(Map<String, String> variables)
      throws IOException, InterruptedException {
    Path executable = dockerCompose();
    Path emptyEnvFile = Files.createFile(tempDir.resolve("empty.env"));
    Path output = tempDir.resolve("compose-config.out");

    var builder =
        new ProcessBuilder(
                executable.toString(),
                "--env-file",
                emptyEnvFile.toString(),
                "-f",
                COMPOSE_FILE,
                "config")
            .directory(BASE_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> env = builder.environment();
    List.of(
            "POSTGRES_USER",
            "POSTGRES_PASSWORD",
            "PORTAL_ADMIN_EMAIL",
            "PORTAL_ADMIN_PASSWORD",
            "PULLSAFE_TOTP_KEY",
            "COMPOSE_FILE",
            "COMPOSE_PROJECT_NAME")
        .forEach(env::remove);
    env.putAll(variables);

    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("docker-compose config did not finish within 120 s");
    }
    return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }

  /** Fails on CI (CI=true) and skips elsewhere when docker-compose is not on the PATH. */
  private static Path dockerCompose() {
    return required("docker-compose", "docker-compose");
  }

  /** The executable {@code name} on the PATH; skips the test without it, fails it with CI=true. */
  private static Path required(String name, String debianPackage) {
    Optional<Path> found = onPath(name);
    if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(
          name
              + " is not on the PATH, and CI=true requires this check: "
              + "install it with `apt-get install -y "
              + debianPackage
              + "`");
    }
    assumeTrue(
        found.isPresent(),
        "Skipped: "
            + name
            + " is not on the PATH (install it with `apt-get install -y "
            + debianPackage
            + "`; with CI=true this fails)");
    return found.get();
  }

  private static Optional<Path> onPath(String name) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The Dockerfile's instructions, comments dropped and continuation lines joined. */
  private static List<String> dockerfileInstructions() throws IOException {
    assertTrue(Files.isRegularFile(DOCKERFILE), "missing " + DOCKERFILE);
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(DOCKERFILE, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
        continue;
      }
      boolean continues = trimmed.endsWith("\\");
      if (continues) {
        trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
      }
      if (!trimmed.isEmpty()) {
        current.append(current.length() == 0 ? "" : " ").append(trimmed);
      }
      if (!continues) {
        instructions.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      instructions.add(current.toString());
    }
    return instructions;
  }

  private static void assertHas(List<String> instructions, String regex, String what) {
    assertTrue(
        instructions.stream().anyMatch(i -> i.matches(regex)),
        "Dockerfile lacks " + what + " (/" + regex + "/) in:\n" + String.join("\n", instructions));
  }

  private static void assertMatches(String text, String regex, String what) {
    assertTrue(
        Pattern.compile(regex).matcher(text).find(),
        "docker-compose config output lacks " + what + ":\n" + text);
  }
}
