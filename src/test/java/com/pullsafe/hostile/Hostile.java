package com.pullsafe.hostile;

import java.util.List;
import java.util.Random;

/**
 * Hostile values, drawn from one seeded {@link Random} so that a run can be repeated with the seed
 * it prints: text PostgreSQL cannot store, numbers too long to read cheaply, wrong types, markup,
 * control characters, and plain junk.
 */
final class Hostile {

  /** Text a JSON body may carry; the JSON escapes are written by {@link #jsonString}. */
  private static final List<String> TEXTS =
      List.of(
          "\u0000",
          "numb\u0000",
          "\u0000\u0000\u0000",
          "\uD800",
          "broken \uDC00 surrogate",
          "\uD83D\uDE00 emoji",
          "",
          " ",
          "\t\r\n",
          "\u202Eevil",
          "\uFEFFbom",
          "\uFFFF\uFFFE",
          "<script>alert(1)</script>",
          "' or '1'='1' --",
          "\"; drop table weekly_report; --",
          "${7*7}#{7*7}",
          "%s%n%x",
          "../../../etc/passwd",
          "NaN",
          "null",
          "true",
          "-1",
          "2026-W99",
          "RED",
          "confirm",
          "x".repeat(81),
          "x".repeat(1001),
          "x".repeat(2001),
          "é".repeat(3000));

  /** Number tokens as they stand in a body, valid JSON or not. */
  private static final List<String> NUMBERS =
      List.of(
          "0",
          "-0",
          "-1",
          "1.5",
          "0.000001",
          "1e2",
          "1E+5",
          "1e999999999",
          "-1e-999999999",
          "2147483648",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "123456789012345678901234567890",
          "1." + "0".repeat(25),
          "1." + "0".repeat(5_000),
          "9".repeat(40_000),
          "01",
          "+1",
          ".5",
          "1.",
          "0x10",
          "NaN",
          "Infinity",
          "-");

  /** What a number field of a page must refuse: not a number, or too long to read. */
  private static final List<String> REFUSED_NUMBERS =
      List.of(
          "abc",
          "1,2,3",
          "1e5",
          "0x10",
          "½",
          "--1",
          "1." + "0".repeat(25),
          "9".repeat(25),
          "1." + "0".repeat(50_000),
          "12\u00005");

  private final Random random;

  Hostile(long seed) {
    this.random = new Random(seed);
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** From {@code from} to {@code to}, both included. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  String text() {
    return chance(0.1) ? "y".repeat(between(1, 20_000)) : pick(TEXTS);
  }

  /** Text every input of every page refuses: it holds U+0000. */
  String refusedText() {
    return pick(List.of("\u0000", "a\u0000b", "Rest\u0000 a week", "\u0000".repeat(50)));
  }

  String refusedNumber() {
    return pick(REFUSED_NUMBERS);
  }

  /** A JSON value as it stands in a body: numbers, strings, literals, containers, deep nesting. */
  String jsonValue() {
    return switch (random.nextInt(7)) {
      case 0, 1 -> pick(NUMBERS);
      case 2, 3 -> jsonString(text());
      case 4 -> pick(List.of("true", "false", "null"));
      case 5 ->
          pick(
              List.of(
                  "{}",
                  "[]",
                  "[1]",
                  "[\"RED\"]",
                  "{\"a\":1}",
                  "[{}]",
                  "{\"code\":\"PLANK\"}",
                  "[null]",
                  "[[],[[]]]"));
      default -> nested(between(2, 3_000));
    };
  }

  /** {@code depth} arrays inside each other. */
  String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /** A name a body does not expect. */
  String unknownName() {
    return pick(
        List.of(
            "unknown",
            "TopSetKg",
            "topsetkg",
            "__proto__",
            "constructor",
            "",
            " ",
            "\u0000",
            "id",
            "tenantId",
            "role",
            "a".repeat(1_000),
            "saddle_numbness"));
  }

  /** {@code text} as a JSON string: quotes, backslashes and control characters escaped. */
  static String jsonString(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  Random random() {
    return random;
  }
}
