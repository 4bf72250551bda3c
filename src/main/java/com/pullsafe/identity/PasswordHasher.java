package com.pullsafe.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 at 600 000 iterations (current OWASP advice), stored as {@code
 * pbkdf2-sha256$iterations$salt$hash}. Verification reads the iteration count from the stored
 * value, so raising it later keeps old hashes valid.
 */
public final class PasswordHasher {

  static final int ITERATIONS = 600_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A stored value no password matches (the derived key would have to be all zeros), verified to
   * spend the same time when an account does not exist. Built, not hashed: hashing at class load
   * cost the server's start a whole derivation.
   */
  static final String DECOY = stored(newSalt(), new byte[HASH_BITS / 8]);

  public String hash(String password) {
    byte[] salt = newSalt();
    return stored(salt, derive(password, salt, ITERATIONS));
  }

  private static byte[] newSalt() {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return salt;
  }

  private static String stored(byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        PREFIX,
        Integer.toString(ITERATIONS),
        b64.encodeToString(salt),
        b64.encodeToString(hash));
  }

  public boolean verify(String password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4
        || !PREFIX.equals(parts[0])
        || password == null
        || password.length() > UserAccount.PASSWORD_MAX) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time of one verification; keeps "no such account" indistinguishable by timing. */
  public void verifyDecoy(String password) {
    boolean bounded = password != null && password.length() <= UserAccount.PASSWORD_MAX;
    verify(bounded ? password : "", DECOY);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " unavailable", e);
    } finally {
      spec.clearPassword();
    }
  }
}
