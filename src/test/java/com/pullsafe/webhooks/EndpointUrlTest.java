package com.pullsafe.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointUrlTest {

  @Test
  void aPublicHttpsUrlIsAccepted() {
    assertEquals(Optional.empty(), EndpointUrl.refusal("https://hooks.example.com/ps", false));
  }

  @Test
  void plainHttpIsRefused() {
    assertEquals(
        Optional.of("url.notHttps"), EndpointUrl.refusal("http://hooks.example.com/ps", false));
  }

  @Test
  void internalAddressesAreRefusedEvenOverHttps() {
    for (String url :
        new String[] {
          "https://localhost/x",
          "https://127.0.0.1/x",
          "https://10.1.2.3/x",
          "https://192.168.0.1/x",
          "https://169.254.169.254/latest/meta-data",
          "https://[::1]/x",
          "https://0.0.0.0/x"
        }) {
      assertEquals(Optional.of("url.internal"), EndpointUrl.refusal(url, false), url);
    }
  }

  @Test
  void loopbackHttpOnlyWithTheDevelopmentFlag() {
    assertEquals(
        Optional.of("url.notHttps"), EndpointUrl.refusal("http://127.0.0.1:9000/hook", false));
    assertEquals(Optional.empty(), EndpointUrl.refusal("http://127.0.0.1:9000/hook", true));
    assertEquals(
        Optional.of("url.notHttps"), EndpointUrl.refusal("http://10.0.0.1:9000/hook", true));
  }

  @Test
  void credentialsInTheUrlAndNonsenseAreRefused() {
    assertEquals(
        Optional.of("url.malformed"), EndpointUrl.refusal("https://u:p@example.com/", false));
    assertEquals(Optional.of("url.malformed"), EndpointUrl.refusal("not a url", false));
  }
}
