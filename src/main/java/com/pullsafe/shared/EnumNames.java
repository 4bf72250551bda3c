package com.pullsafe.shared;

import java.util.Arrays;

/** Codes that name an enum's constants, as requests and forms send them (see {@link EnumName}). */
public final class EnumNames {

  private EnumNames() {}

  /** The constant of {@code type} that {@code text} names, blanks around it allowed; else null. */
  public static <E extends Enum<?>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String name = text.strip();
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** "CONFIRM, OVERRIDE": the names of {@code type}'s constants, as messages list them. */
  public static String of(Class<? extends Enum<?>> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}
