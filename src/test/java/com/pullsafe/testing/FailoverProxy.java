package com.pullsafe.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A load balancer for cluster tests, on loopback, behaving as one with sticky sessions does when a
 * node dies: every new connection goes to the first node that accepts it, in the order given, and
 * the browser's connections to a node that went away are closed. Counts the connections each node
 * was given, so a test can tell which node served it.
 */
public final class FailoverProxy implements AutoCloseable {

  private static final int CONNECT_TIMEOUT_MILLIS = 1000;

  private final ServerSocket listener;
  private final List<InetSocketAddress> nodes;
  private final AtomicIntegerArray connections;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService relays =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "failover-proxy");
            thread.setDaemon(true);
            return thread;
          });

  private FailoverProxy(ServerSocket listener, List<Integer> nodePorts) {
    this.listener = listener;
    InetAddress loopback = InetAddress.getLoopbackAddress();
    this.nodes = nodePorts.stream().map(port -> new InetSocketAddress(loopback, port)).toList();
    this.connections = new AtomicIntegerArray(nodePorts.size());
  }

  /** Listens on a free loopback port and forwards to the nodes' HTTP ports. */
  public static FailoverProxy start(List<Integer> nodePorts) {
    try {
      FailoverProxy proxy =
          new FailoverProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), nodePorts);
      proxy.relays.submit(proxy::acceptConnections);
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URL url() {
    try {
      return new URL("http://127.0.0.1:" + listener.getLocalPort() + "/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many connections went to the node at {@code index} (in the order given to start). */
  public int connectionsTo(int index) {
    return connections.get(index);
  }

  private void acceptConnections() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        open.add(client);
        relays.submit(() -> relay(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void relay(Socket client) {
    try (client;
        Socket node = connectToFirstLiveNode()) {
      if (node == null) {
        return; // no node left: the browser sees the connection closed
      }
      relays.submit(() -> copy(client, node));
      copy(node, client);
    } catch (IOException ignored) {
      // either side went away: both sockets are closed above
    }
  }

  private Socket connectToFirstLiveNode() {
    for (int i = 0; i < nodes.size(); i++) {
      Socket node = new Socket();
      try {
        node.connect(nodes.get(i), CONNECT_TIMEOUT_MILLIS);
        open.add(node);
        connections.incrementAndGet(i);
        return node;
      } catch (IOException down) {
        closeQuietly(node);
      }
    }
    return null;
  }

  /** Copies until either side closes, then closes both, so the other direction ends too. */
  private static void copy(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException ignored) {
      // a closed socket ends the copy
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  /** Stops listening and drops every connection, as a network that went down. */
  @Override
  public void close() throws IOException {
    listener.close();
    open.forEach(FailoverProxy::closeQuietly);
    relays.shutdownNow();
  }
}
