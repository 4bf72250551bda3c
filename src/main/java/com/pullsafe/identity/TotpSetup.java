package com.pullsafe.identity;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An authenticator being set up: the secret in base32, for typing into the app, and the {@code
 * otpauth://} URI its QR code carries. Shown to its owner only, never logged.
 */
public record TotpSetup(String secret, String uri) implements Serializable {

  static final String ISSUER = "PullSafe";

  static TotpSetup of(byte[] secret, String email) {
    String text = Base32.encode(secret);
    String label = encode(ISSUER + ":" + email);
    String uri =
        "otpauth://totp/"
            + label
            + "?secret="
            + text
            + "&issuer="
            + encode(ISSUER)
            + "&algorithm=SHA1&digits="
            + Totp.DIGITS
            + "&period="
            + Totp.STEP.getSeconds();
    return new TotpSetup(text, uri);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The secret in groups of four, easier to type. */
  public String groupedSecret() {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public String toString() {
    return "TotpSetup[secret=…]";
  }
}
