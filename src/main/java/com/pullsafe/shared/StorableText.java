package com.pullsafe.shared;

/**
 * Whether text can be stored as it is: PostgreSQL refuses the character U+0000 in text columns, and
 * a lone UTF-16 surrogate has no UTF-8 form (the driver would store "?" in its place). Input with
 * either is refused naming its field, never stored altered and never a 500.
 */
public final class StorableText {

  /** What a field with such text is told. */
  public static final String REFUSAL =
      Bundle.of("ValidationMessages", StorableText.class).text("pullsafe.text.unstorable");

  private StorableText() {}

  public static boolean isStorable(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
