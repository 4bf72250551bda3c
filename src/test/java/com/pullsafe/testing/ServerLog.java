package com.pullsafe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * The managed WildFly's {@code server.log} from a point on: what the server logged while a test
 * ran, read from the file under {@code jboss.home}.
 */
public final class ServerLog {

  private static final Path FILE =
      Path.of(
          System.getProperty("jboss.home", "target/wildfly"), "standalone", "log", "server.log");

  private final long start;

  private ServerLog(long start) {
    this.start = start;
  }

  /** Remembers where the log ends now. */
  public static ServerLog fromNow() {
    try {
      return new ServerLog(Files.size(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("no server log at " + FILE, e);
    }
  }

  /** What was logged since {@link #fromNow}. */
  public String text() {
    try {
      byte[] all = Files.readAllBytes(FILE);
      int from = (int) Math.min(start, all.length);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the log since {@link #fromNow} satisfies {@code condition}; answers that text. */
  public String await(Predicate<String> condition, Duration timeout) {
    return Awaitility.await("a line in the server log")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(100))
        .until(this::text, condition);
  }
}
