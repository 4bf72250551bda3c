package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotpSecretBoxTest {

  private final TotpSecretBox box = new TotpSecretBox(new byte[32]);
  private final byte[] secret = "12345678901234567890".getBytes();

  @Test
  void aSealedSecretOpensForItsAccount() {
    assertArrayEquals(secret, box.open(box.seal(secret, 7), 7));
  }

  @Test
  void aSealedSecretDoesNotShowTheSecret() {
    String sealed = box.seal(secret, 7);
    assertFalse(sealed.contains(Base32.encode(secret)));
    assertFalse(sealed.contains(Base64.getEncoder().encodeToString(secret)));
  }

  @Test
  void aSecretSealedForOneAccountDoesNotOpenForAnother() {
    String sealed = box.seal(secret, 7);
    assertThrows(IllegalStateException.class, () -> box.open(sealed, 8));
  }

  @Test
  void aSecretDoesNotOpenWithAnotherKey() {
    byte[] other = new byte[32];
    other[0] = 1;
    String sealed = box.seal(secret, 7);
    assertThrows(IllegalStateException.class, () -> new TotpSecretBox(other).open(sealed, 7));
  }

  @Test
  void withoutAConfiguredKeyOneIsMadeOnceAndKeptInTheDataDirectory(@TempDir Path dir) {
    Path file = dir.resolve(TotpSecretBox.KEY_FILE);
    byte[] first = TotpSecretBox.keyFile(file);
    assertEquals(32, first.length);
    assertArrayEquals(first, TotpSecretBox.keyFile(file));
    assertEquals("rw-------", permissions(file));
  }

  @Test
  void aKeyAlreadyInPlaceIsKeptAndNoDraftIsLeftBehind(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(TotpSecretBox.KEY_FILE);
    byte[] placed = new byte[32];
    placed[0] = 42;
    Files.writeString(file, java.util.Base64.getEncoder().encodeToString(placed));

    assertArrayEquals(placed, TotpSecretBox.keyFile(file));
    try (var entries = Files.list(dir)) {
      assertEquals(java.util.List.of(file), entries.toList());
    }
  }

  @Test
  void aMadeKeyLeavesOnlyTheKeyFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(TotpSecretBox.KEY_FILE);
    TotpSecretBox.keyFile(file);

    try (var entries = Files.list(dir)) {
      assertEquals(java.util.List.of(file), entries.toList());
    }
  }

  private static String permissions(Path file) {
    try {
      return java.nio.file.attribute.PosixFilePermissions.toString(
          Files.getPosixFilePermissions(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
