package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** RFC 6238, Appendix B: the SHA-1 seed. */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:10Z");

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheTestVectorsOfRfc6238ForSha1(long unixSeconds, String expected) {
    long step = Totp.step(Instant.ofEpochSecond(unixSeconds));
    assertEquals(expected, Totp.code(RFC_SEED, step, 8, Totp.HMAC_SHA1));
  }

  @Test
  void sixDigitCodesAreTheLastSixDigitsOfTheEightDigitVector() {
    assertEquals("287082", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(59))));
  }

  @Test
  void stepsAreThirtySecondsFromTheEpoch() {
    assertEquals(0, Totp.step(Instant.ofEpochSecond(29)));
    assertEquals(1, Totp.step(Instant.ofEpochSecond(30)));
  }

  @Test
  void acceptsTheCodeOfTheCurrentStep() {
    long current = Totp.step(NOW);
    String code = Totp.code(RFC_SEED, current);
    assertEquals(OptionalLong.of(current), Totp.matchingStep(RFC_SEED, code, NOW, 0));
  }

  @Test
  void acceptsTheCodesOfOneStepEitherSide() {
    long current = Totp.step(NOW);
    for (long step : new long[] {current - 1, current + 1}) {
      String code = Totp.code(RFC_SEED, step);
      assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SEED, code, NOW, 0));
    }
  }

  @Test
  void refusesCodesTwoStepsAway() {
    long current = Totp.step(NOW);
    for (long step : new long[] {current - 2, current + 2}) {
      String code = Totp.code(RFC_SEED, step);
      assertTrue(Totp.matchingStep(RFC_SEED, code, NOW, 0).isEmpty(), "step " + step);
    }
  }

  @Test
  void refusesACodeOfAStepAlreadyUsed() {
    long current = Totp.step(NOW);
    String code = Totp.code(RFC_SEED, current);
    assertTrue(Totp.matchingStep(RFC_SEED, code, NOW, current).isEmpty());
  }

  @Test
  void refusesAnOlderCodeAfterANewerOneWasUsed() {
    long current = Totp.step(NOW);
    String previous = Totp.code(RFC_SEED, current - 1);
    assertTrue(Totp.matchingStep(RFC_SEED, previous, NOW, current).isEmpty());
  }

  @Test
  void refusesAnythingButSixDigits() {
    assertFalse(Totp.looksLikeCode("12345"));
    assertFalse(Totp.looksLikeCode("1234567"));
    assertFalse(Totp.looksLikeCode("12a456"));
    assertFalse(Totp.looksLikeCode(null));
    assertTrue(Totp.matchingStep(RFC_SEED, " 287082", Instant.ofEpochSecond(59), 0).isEmpty());
  }

  @Test
  void enrolmentIsConfirmedByItsFirstCodeAndTheSameCodeIsNotAcceptedTwice() {
    TotpEnrolment enrolment = new TotpEnrolment(1, "sealed", NOW);
    String code = Totp.code(RFC_SEED, Totp.step(NOW));
    assertFalse(enrolment.isConfirmed());
    assertTrue(enrolment.accept(RFC_SEED, code, NOW));
    assertTrue(enrolment.isConfirmed());
    assertFalse(enrolment.accept(RFC_SEED, code, NOW.plusSeconds(5)));
  }
}
