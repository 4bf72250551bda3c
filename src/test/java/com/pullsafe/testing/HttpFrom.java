package com.pullsafe.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP/1.1 from a client address of the test's choosing (any 127.x.y.z reaches the server on
 * loopback), so that tests of throttling by address neither disturb nor are disturbed by the rest
 * of the suite, which all comes from 127.0.0.1. Requests go over one kept-alive connection, one
 * after the other, and paths are sent exactly as given.
 */
public final class HttpFrom implements Closeable {

  private final String host;
  private final int port;
  private final InetAddress local;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  public HttpFrom(URL base, InetAddress local) {
    this.host = base.getHost();
    this.port = base.getPort();
    this.local = local;
  }

  /** A loopback address no other test uses (not 127.0.0.1). */
  public static InetAddress freshLoopbackAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] address = {
      127,
      (byte) random.nextInt(1, 255),
      (byte) random.nextInt(0, 256),
      (byte) random.nextInt(1, 255)
    };
    try {
      return InetAddress.getByAddress(address);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public InetAddress address() {
    return local;
  }

  /** Sends {@code GET path} with the given header names and values. */
  public Reply get(String path, String... headers) {
    StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(host).append(':').append(port).append("\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    request.append("\r\n");
    try {
      connect();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Reply reply = read();
      if ("close".equalsIgnoreCase(reply.header("Connection"))) {
        close();
      }
      return reply;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("GET " + path + " from " + local, e);
    }
  }

  private void connect() throws IOException {
    if (socket != null) {
      return;
    }
    socket = new Socket();
    socket.bind(new InetSocketAddress(local, 0));
    socket.connect(new InetSocketAddress(host, port), 10_000);
    socket.setSoTimeout(60_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  private Reply read() throws IOException {
    String statusLine = line();
    int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      headers
          .computeIfAbsent(header.substring(0, colon).trim(), k -> new ArrayList<>())
          .add(header.substring(colon + 1).trim());
    }
    byte[] body;
    String length = first(headers, "Content-Length");
    if ("chunked".equalsIgnoreCase(first(headers, "Transfer-Encoding"))) {
      body = chunked();
    } else if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    } else if (status == 204 || status == 304) {
      body = new byte[0];
    } else {
      body = in.readAllBytes();
      close();
    }
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = chunkSize(); size > 0; size = chunkSize()) {
      body.write(in.readNBytes(size));
      line();
    }
    String trailer;
    do {
      trailer = line();
    } while (!trailer.isEmpty());
    return body.toByteArray();
  }

  private int chunkSize() throws IOException {
    String size = line();
    int extension = size.indexOf(';');
    return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("connection closed mid-answer");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a socket that failed already
      }
      socket = null;
    }
  }

  /** One answer: status, headers (names in any case), body as text. */
  public record Reply(int status, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      String value = first(headers, name);
      return value == null ? "" : value;
    }

    public List<String> all(String name) {
      return headers.getOrDefault(name, List.of());
    }
  }
}
