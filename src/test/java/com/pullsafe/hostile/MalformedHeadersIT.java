package com.pullsafe.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.testing.Api;
import com.pullsafe.testing.Database;
import com.pullsafe.testing.Deployments;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Headers the hostile tier found answered with a server error or an HTML page, sent as raw bytes:
 * each is now read or refused like any other bad request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MalformedHeadersIT {

  private static final String MIA = Api.demo("mia");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource private URL base;
  private RawHttp http;

  @BeforeEach
  void client() {
    http = new RawHttp(base);
  }

  private static void assertProblem(int status, RawHttp.Answer answer) {
    assertEquals(status, answer.status(), answer.text());
    assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.text());
    assertTrue(answer.text().contains("\"status\":" + status), answer.text());
  }

  /** Undertow's cookie parser threw on such a byte: 500 for every page and the API. */
  @Test
  void aCookieWithNonAsciiOrControlCharactersMatchesNoSessionInsteadOfFailing() {
    for (String cookie : List.of("JSESSIONID=\u00C3(", "a=\u0001b", "x=y\u007F")) {
      RawHttp.Answer page =
          http.send(new RawHttp.Request("GET", "/login.xhtml").header("Cookie", cookie));
      RawHttp.Answer api =
          http.send(
              new RawHttp.Request("GET", "/api/v1/alternatives")
                  .header("Cookie", cookie)
                  .header("Authorization", MIA));

      assertEquals(200, page.status(), cookie);
      assertEquals(200, api.status(), cookie);
    }
  }

  /** RESTEasy's refusal of such an Accept header fell through to the last resort: 500. */
  @Test
  void anAcceptHeaderWhoseQualityIsNotANumberIsABadRequest() {
    RawHttp.Answer answer =
        http.send(
            new RawHttp.Request("GET", "/api/v1/alternatives")
                .header("Authorization", MIA)
                .header("Accept", "*/*;q=junk"));

    assertProblem(400, answer);
  }

  /** RESTEasy refused these with a bare sendError: an HTML page. */
  @Test
  void headersThatCannotBeParsedAreABadRequestAsProblemDetailsAndStoreNothing() {
    long tokens = Database.number("select count(*) from access_token");

    for (String[] header :
        List.of(
            new String[] {"Content-Type", "json"},
            new String[] {"Content-Type", ";"},
            new String[] {"Content-Type", "application/json, text/plain"},
            new String[] {"Accept", "a/b/c"},
            new String[] {"Accept-Language", "??;q=x"})) {
      RawHttp.Request request =
          new RawHttp.Request("POST", "/api/v1/me/tokens")
              .header("Authorization", MIA)
              .header(header[0], header[1])
              .body("{\"name\":\"malformed header\"}");
      if (!request.hasHeader("Content-Type")) {
        request.header("Content-Type", "application/json");
      }

      assertProblem(400, http.send(request));
    }
    assertEquals(tokens, Database.number("select count(*) from access_token"));
  }
}
