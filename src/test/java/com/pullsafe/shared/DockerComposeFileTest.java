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

  @TempDir Path tempDir;

  @Test
  void dockerComposeAcceptsTheComposeFileAndWiresTheAppToTheDatabase() throws Exception {
    var run =
        dockerComposeConfig(
            Map.of(
                "POSTGRES_PASSWORD", DUMMY_DB_PASSWORD,
                "PORTAL_ADMIN_EMAIL", "admin@example.test",
                "PORTAL_ADMIN_PASSWORD", "dummy-admin-password"));

    assertEquals(0, run.exitCode(), "docker-compose config failed:\n" + run.output());
    String out = run.output();
    assertAll(
        () -> assertMatches(out, "(?m)^  db:\\s*$", "the db service"),
        () -> assertMatches(out, "(?m)^  app:\\s*$", "the app service"),
        () -> assertMatches(out, "(?m)^\\s+image:\\s*postgres:17\\s*$", "db on postgres:17"),
        () ->
            assertMatches(
                out,
                "(?m)(published:\\s*\"?8080\"?\\s*\\n\\s*target:\\s*8080"
                    + "|target:\\s*8080\\s*\\n(\\s+\\w+:.*\\n)*?\\s*published:\\s*\"?8080\"?"
                    + "|8080:8080)",
                "the app's port 8080 published as 8080"),
        () ->
            assertMatches(
                out,
                "(?m)^\\s+DB_URL:\\s*jdbc:postgresql://db:5432/pullsafe\\s*$",
                "DB_URL pointing at the db service"),
        () ->
            assertMatches(
                out,
                "(?m)^\\s+DB_PASSWORD:\\s*" + DUMMY_DB_PASSWORD + "\\s*$",
                "the app's DB_PASSWORD taken from POSTGRES_PASSWORD"),
        () ->
            assertMatches(
                out, "(?m)^\\s+condition:\\s*service_healthy\\s*$", "app waits for a healthy db"));
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
    Optional<Path> found = onPath("docker-compose");
    if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(
          "docker-compose is not on the PATH, and CI=true requires this check: "
              + "install it with `apt-get install -y docker-compose`");
    }
    assumeTrue(
        found.isPresent(),
        "Skipped: docker-compose is not on the PATH, so docker/compose.yaml cannot be parsed here "
            + "(install it with `apt-get install -y docker-compose`; with CI=true this fails)");
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
