package com.pullsafe.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to the test server, which must be on loopback: a request goes out
 * exactly as given (raw paths, junk or repeated headers, bytes that are not UTF-8), which {@code
 * java.net.http} would refuse or tidy up. One connection per request, closed after the answer.
 */
final class RawHttp {

  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 30_000;

  private final String host;
  private final int port;
  private final String contextPath;

  RawHttp(URL base) {
    try {
      if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
        throw new IllegalArgumentException("hostile requests go to loopback only, not " + base);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.host = base.getHost();
    this.port = base.getPort();
    this.contextPath = base.getPath().replaceAll("/$", "");
  }

  /** One request: its target is the path and query after the context path, as sent. */
  static final class Request {
    final String method;
    final String target;
    final List<String[]> headers = new ArrayList<>();
    byte[] body;
    boolean announceLength = true;
    boolean chunked;

    Request(String method, String target) {
      this.method = method;
      this.target = target;
    }

    Request header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    Request body(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    Request body(String text) {
      return body(text.getBytes(StandardCharsets.UTF_8));
    }

    boolean hasHeader(String name) {
      return headers.stream().anyMatch(h -> h[0].equalsIgnoreCase(name));
    }

    @Override
    public String toString() {
      String shownTarget = target.length() > 160 ? target.substring(0, 160) + "…" : target;
      return method + " " + shownTarget;
    }
  }

  /** The answer: status (0 when the server closed the connection without one), headers, body. */
  record Answer(int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  Answer send(Request request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
      socket.setSoTimeout(READ_TIMEOUT_MS);
      try {
        OutputStream out = socket.getOutputStream();
        out.write(head(request));
        if (request.body != null) {
          out.write(request.chunked ? chunks(request.body) : request.body);
        }
        out.flush();
      } catch (IOException refusedWhileSending) {
        // The server may answer (413, 400) and close before it read everything: read that answer.
      }
      return read(new BufferedInputStream(socket.getInputStream()), request.method);
    } catch (IOException e) {
      throw new UncheckedIOException(request.toString(), e);
    }
  }

  private byte[] head(Request request) {
    StringBuilder head = new StringBuilder();
    head.append(request.method)
        .append(' ')
        .append(contextPath)
        .append(request.target)
        .append(" HTTP/1.1\r\n");
    if (!request.hasHeader("Host")) {
      head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    }
    for (String[] header : request.headers) {
      head.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    if (request.body != null && request.chunked) {
      head.append("Transfer-Encoding: chunked\r\n");
    } else if (request.body != null && request.announceLength) {
      head.append("Content-Length: ").append(request.body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    // Latin-1 maps each char to one byte, so a target can carry any byte, also invalid UTF-8.
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] chunks(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int chunk = 4096;
    for (int at = 0; at < body.length; at += chunk) {
      int length = Math.min(chunk, body.length - at);
      out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, at, length);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static Answer read(InputStream in, String method) throws IOException {
    while (true) {
      String statusLine = line(in);
      if (statusLine == null || statusLine.isEmpty()) {
        return new Answer(0, Map.of(), new byte[0]);
      }
      int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.merge(
              line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).strip(),
              (a, b) -> a + ", " + b);
        }
      }
      if (status >= 100 && status < 200) {
        continue;
      }
      return new Answer(status, headers, body(in, method, status, headers));
    }
  }

  private static byte[] body(InputStream in, String method, int status, Map<String, String> headers)
      throws IOException {
    if ("HEAD".equalsIgnoreCase(method) || status == 204 || status == 304) {
      return new byte[0];
    }
    if (headers
        .getOrDefault("transfer-encoding", "")
        .toLowerCase(Locale.ROOT)
        .contains("chunked")) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (String size = line(in); size != null; size = line(in)) {
        int length = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
        if (length == 0) {
          break;
        }
        body.write(in.readNBytes(length));
        line(in);
      }
      return body.toByteArray();
    }
    String length = headers.get("content-length");
    return length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length.strip()));
  }

  /** One line without its CRLF, read as Latin-1; null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
          end--;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }
}
