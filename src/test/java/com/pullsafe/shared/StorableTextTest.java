package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableTextTest {

  @Test
  void plainTextAccentsAndEmojiAreStorable() {
    assertTrue(StorableText.isStorable(null));
    assertTrue(StorableText.isStorable(""));
    assertTrue(StorableText.isStorable("Rücken tat weh \uD83D\uDE2C, tab\tand newline\n"));
  }

  @Test
  void theNulCharacterIsNotStorableAnywhereInTheText() {
    assertFalse(StorableText.isStorable("\u0000"));
    assertFalse(StorableText.isStorable("numb\u0000"));
    assertFalse(StorableText.isStorable("\u0000groin"));
  }

  @Test
  void aLoneSurrogateIsNotStorable() {
    assertFalse(StorableText.isStorable("broken \uD83D"));
    assertFalse(StorableText.isStorable("\uDE2C broken"));
    assertFalse(StorableText.isStorable("\uD83D\uD83D\uDE2C"));
  }
}
