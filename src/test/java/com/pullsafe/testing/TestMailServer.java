package com.pullsafe.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the integration tier, started before
 * the managed WildFly so that its mail session sends there: the port reaches the server as {@code
 * pullsafe.test.smtp.port}, which arquillian.xml passes on as {@code pullsafe.smtp.port}. Tests
 * read what arrived through {@link #greenMail()}. Unit test runs start nothing.
 */
public class TestMailServer implements LauncherSessionListener {

  public static final String HOST = "127.0.0.1";

  private static GreenMail greenMail;

  /** The running SMTP server of this test run. */
  public static GreenMail greenMail() {
    if (greenMail == null) {
      throw new IllegalStateException("No test SMTP server: run with -Dpullsafe.it=true");
    }
    return greenMail;
  }

  /** Runs {@code work} while the SMTP server is down, then brings it back on the same port. */
  public static void whileDown(Runnable work) {
    ServerSetup setup = greenMail().getSmtp().getServerSetup();
    greenMail.stop();
    try {
      work.run();
    } finally {
      greenMail = new GreenMail(setup);
      greenMail.start();
    }
  }

  /**
   * Runs {@code work} while the SMTP port accepts connections but never answers (a mail server that
   * hangs), then brings the real server back on the same port. The work is given the count of
   * connections accepted so far.
   */
  public static void whileSilent(Consumer<IntSupplier> work) {
    ServerSetup setup = greenMail().getSmtp().getServerSetup();
    greenMail.stop();
    List<Socket> held = new CopyOnWriteArrayList<>();
    try (ServerSocket silent =
        new ServerSocket(setup.getPort(), 50, InetAddress.getByName(setup.getBindAddress()))) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (IOException closed) {
                  // The work is done and the port closed.
                }
              },
              "silent-smtp");
      acceptor.setDaemon(true);
      acceptor.start();
      work.accept(held::size);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot hold the SMTP port " + setup.getPort(), e);
    } finally {
      for (Socket socket : held) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // Closing a connection nobody answered.
        }
      }
      greenMail = new GreenMail(setup);
      greenMail.start();
    }
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("pullsafe.it") || greenMail != null) {
      return;
    }
    int port = freeLoopbackPort();
    greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    System.setProperty("pullsafe.test.smtp.host", HOST);
    System.setProperty("pullsafe.test.smtp.port", Integer.toString(port));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port for the test SMTP server", e);
    }
  }
}
