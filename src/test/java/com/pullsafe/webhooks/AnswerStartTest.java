package com.pullsafe.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswerStartTest {

  private static final long ENDLESS = 1L << 40;

  private final CompletableFuture<Long> written = new CompletableFuture<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void anEndlessAnswerIsCutAtTheLimitAndTheRestIsNeverRead() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] chunk = new byte[64 * 1024];
          Arrays.fill(chunk, (byte) 'x');
          long sent = 0;
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            while (sent < ENDLESS) {
              out.write(chunk);
              sent += chunk.length;
            }
          } catch (IOException closedByTheClient) {
            // expected: the client let go
          }
          written.complete(sent);
        });
    server.start();

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))
                    .build(),
                info -> new AnswerStart(4096))
            .get(30, TimeUnit.SECONDS);

    assertEquals(200, response.statusCode());
    assertEquals("x".repeat(4096), response.body());
    long sent = written.get(30, TimeUnit.SECONDS);
    assertTrue(sent < ENDLESS, "the client read the whole answer");
  }
}
