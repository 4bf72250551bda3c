package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Deployments;
import com.pullsafe.testing.Http;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scripts and style sheets go out gzipped to a browser that accepts it, and whole; pages never do
 * (they hold the view state beside what a user typed: BREACH).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompressionIT {

  private static final Pattern CORE_SCRIPT =
      Pattern.compile("src=\"(/jakarta\\.faces\\.resource/core\\.js\\.xhtml\\?[^\"]*v=[^\"]+)\"");
  private static final Pattern STYLE_SHEET =
      Pattern.compile("href=\"(/jakarta\\.faces\\.resource/[^\"]+\\.css\\.xhtml\\?[^\"]*)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private Http http;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void client() {
    http = new Http(base);
  }

  @Test
  void primeFacesCoreScriptIsGzippedForABrowserThatAcceptsItAndUnpacksToTheScript()
      throws Exception {
    String script = resource(CORE_SCRIPT);

    HttpResponse<byte[]> packed = fetch(script, "gzip, deflate, br");
    HttpResponse<byte[]> plain = fetch(script, null);

    assertEquals(200, packed.statusCode());
    assertEquals("gzip", packed.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(
        packed.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")),
        "caches keep the packed and the plain answer apart: " + packed.headers().map());
    byte[] unpacked = gunzip(packed.body());
    assertTrue(packed.body().length * 2 < unpacked.length, "the script shrinks to under half");
    assertEquals(new String(plain.body(), StandardCharsets.UTF_8), utf8(unpacked));
  }

  @Test
  void aStyleSheetIsGzippedToo() throws Exception {
    HttpResponse<byte[]> packed = fetch(resource(STYLE_SHEET), "gzip");

    assertEquals(200, packed.statusCode());
    assertEquals("gzip", packed.headers().firstValue("Content-Encoding").orElse(null));
  }

  @Test
  void aBrowserThatDoesNotAcceptGzipGetsTheScriptPlain() throws Exception {
    HttpResponse<byte[]> plain = fetch(resource(CORE_SCRIPT), null);

    assertEquals(200, plain.statusCode());
    assertNull(plain.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(utf8(plain.body()).contains("PrimeFaces"), "the script itself");
  }

  @Test
  void aPageIsNeverCompressedEvenWhenTheBrowserAcceptsGzip() throws Exception {
    HttpResponse<byte[]> page = fetch("/login.xhtml", "gzip");

    assertEquals(200, page.statusCode());
    assertNull(page.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(utf8(page.body()).contains("jakarta.faces.ViewState"), "the page itself, plain");
  }

  private String resource(Pattern link) {
    Matcher found = link.matcher(http.get("/login.xhtml").body());
    assertTrue(found.find(), "the login page links " + link);
    return found.group(1).replace("&amp;", "&");
  }

  private HttpResponse<byte[]> fetch(String path, String acceptEncoding)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).GET();
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] packed) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
      return in.readAllBytes();
    }
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
