package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

  @Test
  void aTokenIsThePrefixAnd256RandomBitsInBase64Url() {
    String token = TokenSecrets.generate();

    assertTrue(token.startsWith("psk_"), token);
    byte[] random = Base64.getUrlDecoder().decode(token.substring(4));
    assertEquals(32, random.length);
    assertTrue(TokenSecrets.looksLikeToken(token));
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(TokenSecrets.generate()));
    }
  }

  @Test
  void theStoredHashIsTheSha256OfTheTokenInHex() {
    // SHA-256("abc"), the FIPS 180-2 test vector.
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenSecrets.hash("abc"));
  }

  @Test
  void theHashDoesNotContainTheTokenAndDiffersPerToken() {
    String a = TokenSecrets.generate();
    String b = TokenSecrets.generate();

    assertEquals(64, TokenSecrets.hash(a).length());
    assertFalse(TokenSecrets.hash(a).contains(a.substring(4, 12)));
    assertNotEquals(TokenSecrets.hash(a), TokenSecrets.hash(b));
    assertEquals(TokenSecrets.hash(a), TokenSecrets.hash(a));
  }

  @Test
  void listsShowTheMarkerAndEightCharactersOnly() {
    String token = TokenSecrets.generate();

    assertEquals(token.substring(0, 12), TokenSecrets.visiblePrefix(token));
  }

  @Test
  void textOfAnotherShapeIsNotAToken() {
    assertFalse(TokenSecrets.looksLikeToken(null));
    assertFalse(TokenSecrets.looksLikeToken(""));
    assertFalse(TokenSecrets.looksLikeToken("psk_short"));
    assertFalse(TokenSecrets.looksLikeToken(TokenSecrets.generate() + "x"));
    assertFalse(TokenSecrets.looksLikeToken("abc_" + TokenSecrets.generate().substring(4)));
  }
}
