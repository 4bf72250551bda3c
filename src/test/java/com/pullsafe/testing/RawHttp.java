package com.pullsafe.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An HTTP/1.1 request written by hand from a chosen local address, as {@code curl --interface}
 * would: the server sees the connection come from that address (any of 127.0.0.0/8 reaches a server
 * on 127.0.0.1), which {@link java.net.http.HttpClient} cannot choose on Java 17.
 */
public final class RawHttp {

  private RawHttp() {}

  /** One answer: status, headers in order, and the body as sent (chunk framing included). */
  public record Answer(int status, List<String[]> headers, String body) {

    public Optional<String> header(String name) {
      return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
    }

    public List<String> headers(String name) {
      return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
    }
  }

  /**
   * Sends {@code GET path} to the server at {@code base} from {@code localAddress} with the extra
   * header lines ({@code "Name: value"}).
   */
  public static Answer get(URL base, String localAddress, String path, String... headerLines) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(localAddress, 0));
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      StringBuilder request = new StringBuilder();
      request.append("GET ").append(path).append(" HTTP/1.1\r\n");
      request.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
      request.append("\r\n");
      for (String line : headerLines) {
        request.append(line).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(socket);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " from " + localAddress, e);
    }
  }

  private static Answer read(Socket socket) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    String statusLine = in.readLine();
    if (statusLine == null) {
      throw new IOException("no answer");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    List<String[]> headers = new ArrayList<>();
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      int colon = line.indexOf(':');
      headers.add(
          new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
    }
    StringBuilder body = new StringBuilder();
    // The server closes the connection after the answer (Connection: close).
    for (int c = in.read(); c >= 0; c = in.read()) {
      body.append((char) c);
    }
    return new Answer(status, headers, body.toString());
  }
}
