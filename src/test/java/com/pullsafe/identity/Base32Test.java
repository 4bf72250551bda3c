package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

  /** RFC 4648, section 10, without the padding. */
  @ParameterizedTest
  @CsvSource({
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void encodesTheTestVectorsOfRfc4648(String text, String expected) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertEquals(expected, Base32.encode(bytes));
    assertArrayEquals(bytes, Base32.decode(expected));
  }

  @Test
  void decodesTypedKeysWhateverTheirCaseBlanksAndHyphens() {
    assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb-oi"));
  }

  @Test
  void refusesCharactersOutsideTheAlphabet() {
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZ1W"));
  }
}
