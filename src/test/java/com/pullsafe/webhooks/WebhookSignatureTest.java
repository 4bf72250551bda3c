package com.pullsafe.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void theMacIsHmacSha256AsRfc4231Defines() {
    // RFC 4231, test case 2.
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        WebhookSignature.hmacHex("Jefe", "what do ya want for nothing?"));
  }

  @Test
  void theHeaderSignsTheTimeDotTheBody() {
    // printf '%s' '1700000000.{"id":"e1","type":"report.flagged"}' \
    //   | openssl dgst -sha256 -hmac whsec_test
    assertEquals(
        "t=1700000000,v1=13529abb68c3bbcceabcfd176f0deb11580d436d289f137579d7dfdc903505ef",
        WebhookSignature.header(
            "whsec_test", 1_700_000_000L, "{\"id\":\"e1\",\"type\":\"report.flagged\"}"));
  }

  @Test
  void anotherTimeGivesAnotherSignatureSoAReplayedOneCannotBeRedated() {
    String body = "{\"id\":\"e1\"}";
    String v1At = WebhookSignature.header("whsec_test", 1_700_000_000L, body).split("v1=")[1];
    String v1Later = WebhookSignature.header("whsec_test", 1_700_000_001L, body).split("v1=")[1];

    assertNotEquals(v1At, v1Later);
  }
}
