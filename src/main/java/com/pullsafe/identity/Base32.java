package com.pullsafe.identity;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * RFC 4648 base32 without padding, the alphabet authenticator apps expect for a TOTP secret (in the
 * otpauth URI and typed by hand). Decoding ignores case, blanks and hyphens.
 */
final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  static String encode(byte[] bytes) {
    StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 0x1f));
        bits -= 5;
      }
    }
    if (bits > 0) {
      text.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
    }
    return text.toString();
  }

  /**
   * @throws IllegalArgumentException for a character outside the alphabet
   */
  static byte[] decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == ' ' || c == '-' || c == '=') {
        continue;
      }
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        bytes.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return bytes.toByteArray();
  }
}
