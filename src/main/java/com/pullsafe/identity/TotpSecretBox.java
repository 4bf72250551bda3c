package com.pullsafe.identity;

import com.pullsafe.shared.Config;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps TOTP secrets encrypted at rest. Unlike a password, the secret cannot be hashed: the server
 * needs it to compute the expected codes. RFC 4226 (section 7.5) therefore asks for the secrets to
 * be stored encrypted and decrypted only to verify a code; here with AES-256-GCM, the account's id
 * as associated data (a secret copied to another account's row does not open).
 *
 * <p>The key is {@value Config#TOTP_KEY} (base64 of 32 bytes), kept outside the database so that a
 * copy of the database alone reveals no secret. Without it, a key is made once and kept in the
 * server's data directory, which suits one server; a cluster must share the setting.
 */
@ApplicationScoped
public class TotpSecretBox {

  static final String KEY_FILE = "pullsafe-totp.key";
  private static final Logger LOG = Logger.getLogger(TotpSecretBox.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String VERSION = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private volatile SecretKey key;

  public TotpSecretBox() {}

  TotpSecretBox(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  String seal(byte[] secret, long accountId) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, accountId);
      byte[] sealed = cipher.doFinal(secret);
      return VERSION
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TOTP secret could not be sealed", e);
    }
  }

  byte[] open(String sealed, long accountId) {
    if (!sealed.startsWith(VERSION)) {
      throw new IllegalStateException("Unknown TOTP secret format");
    }
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
    try {
      Cipher cipher =
          cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES), accountId);
      return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TOTP secret does not open with this key", e);
    }
  }

  private Cipher cipher(int mode, byte[] iv, long accountId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(("account:" + accountId).getBytes(StandardCharsets.US_ASCII));
    return cipher;
  }

  private SecretKey key() {
    SecretKey known = key;
    if (known == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(loadKey(), "AES");
        }
        known = key;
      }
    }
    return known;
  }

  private static byte[] loadKey() {
    byte[] configured =
        Config.get(Config.TOTP_KEY).map(text -> Base64.getDecoder().decode(text)).orElse(null);
    if (configured != null) {
      if (configured.length != 32) {
        throw new IllegalStateException(Config.TOTP_KEY + " must be base64 of 32 bytes");
      }
      return configured;
    }
    return keyFile(Path.of(System.getProperty("jboss.server.data.dir", "."), KEY_FILE));
  }

  /** The key kept in {@code file}, made there first if there is none. */
  static byte[] keyFile(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] made = new byte[32];
        RANDOM.nextBytes(made);
        // Written aside, then linked into place: a reader never sees a half-written key, and a
        // key another node placed first is never replaced (a link, unlike a rename, refuses).
        Path draft =
            Files.createTempFile(
                file.toAbsolutePath().getParent(),
                file.getFileName().toString(),
                ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
          Files.writeString(draft, Base64.getEncoder().encodeToString(made));
          Files.createLink(file, draft);
          LOG.warning(
              () -> Config.TOTP_KEY + " is not set: made a key for TOTP secrets in " + file);
        } catch (FileAlreadyExistsException madeMeanwhile) {
          // another thread or node made it first: read theirs
        } finally {
          Files.deleteIfExists(draft);
        }
      }
      byte[] key = Base64.getDecoder().decode(Files.readString(file).trim());
      if (key.length != 32) {
        throw new IllegalStateException(file + " does not hold a 32-byte key");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
