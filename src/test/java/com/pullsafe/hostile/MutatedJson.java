package com.pullsafe.hostile;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A valid request body turned hostile by a few random mutations: a field's value replaced by a
 * hostile one, a field dropped, an unknown field, a field given twice, a nested value changed, the
 * body cut short, wrapped in an array, replaced, nested deeply, grown past the size limit, or its
 * bytes made invalid UTF-8. Fields are kept as raw JSON text, so a mutation can write what no JSON
 * library would.
 */
final class MutatedJson {

  private final Hostile hostile;
  private final List<Map.Entry<String, String>> fields = new ArrayList<>();
  private final List<String> applied = new ArrayList<>();

  MutatedJson(Hostile hostile, JsonObject valid) {
    this.hostile = hostile;
    valid.forEach((name, value) -> fields.add(Map.entry(name, value.toString())));
  }

  /** The body after {@code count} mutations, as bytes; {@link #applied} names them. */
  byte[] mutate(int count) {
    for (int i = 0; i < count && !fields.isEmpty(); i++) {
      mutateFields();
    }
    String text = text();
    return switch (hostile.between(0, 14)) {
      case 0 -> cut(text);
      case 1 -> wrapped(text);
      case 2 -> replaced();
      case 3 -> invalidUtf8(text);
      case 4 -> utf8(hostile.pick(List.of("\uFEFF", " \n\t", "//c\n", "/*c*/")) + text);
      case 5 -> utf8(text.replaceFirst("}$", ",}"));
      case 6 -> utf8(text + hostile.pick(List.of("}", " {}", "x", ",", "\u0000", "[]")));
      default -> utf8(text);
    };
  }

  List<String> applied() {
    return applied;
  }

  private void mutateFields() {
    int at = hostile.between(0, fields.size() - 1);
    String name = fields.get(at).getKey();
    switch (hostile.between(0, 7)) {
      case 0, 1, 2 -> {
        fields.set(at, Map.entry(name, hostile.jsonValue()));
        applied.add(name + " replaced");
      }
      case 3 -> {
        fields.remove(at);
        applied.add(name + " dropped");
      }
      case 4 -> {
        fields.add(Map.entry(hostile.unknownName(), hostile.jsonValue()));
        applied.add("unknown field");
      }
      case 5 -> {
        fields.add(Map.entry(name, hostile.jsonValue()));
        applied.add(name + " twice");
      }
      case 6 -> {
        String value = fields.get(at).getValue();
        fields.set(at, Map.entry(name, nestedMutation(value)));
        applied.add(name + " inside changed");
      }
      default -> {
        fields.add(
            Map.entry("notes", Hostile.jsonString("z".repeat(hostile.between(60_000, 80_000)))));
        applied.add("grown past 64 KiB");
      }
    }
  }

  /** Changes a value inside an array of objects (a review's assignments) or the value itself. */
  private String nestedMutation(String value) {
    if (value.startsWith("[{") && value.endsWith("}]")) {
      String inner = value.substring(2, value.length() - 2);
      String[] members = inner.split(",");
      int at = hostile.between(0, members.length - 1);
      String member = members[at];
      int colon = member.indexOf(':');
      if (colon > 0) {
        members[at] = member.substring(0, colon + 1) + hostile.jsonValue();
      }
      return "[{" + String.join(",", members) + "}]";
    }
    return hostile.jsonValue();
  }

  private String text() {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, String> field : fields) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(Hostile.jsonString(field.getKey())).append(':').append(field.getValue());
    }
    return json.append('}').toString();
  }

  private byte[] cut(String text) {
    applied.add("cut short");
    return utf8(text.substring(0, hostile.between(0, Math.max(0, text.length() - 1))));
  }

  private byte[] wrapped(String text) {
    applied.add("wrapped");
    return utf8(hostile.pick(List.of("[" + text + "]", "{\"body\":" + text + "}", text + text)));
  }

  private byte[] replaced() {
    applied.add("replaced");
    return utf8(
        hostile.pick(
            List.of(
                "null",
                "\"text\"",
                "42",
                "[]",
                "true",
                hostile.nested(hostile.between(100, 50_000)),
                "{" + "\"a\":{".repeat(2_000) + "}".repeat(2_001),
                "{\"a\":" + "9".repeat(60_000) + "}",
                "{'single':'quotes'}",
                "{a:1}")));
  }

  /** The body with a byte sequence that is not UTF-8 put inside a value or between tokens. */
  private byte[] invalidUtf8(String text) {
    applied.add("invalid UTF-8");
    byte[] bytes = utf8(text);
    byte[][] junk = {
      {(byte) 0xC3, (byte) 0x28},
      {(byte) 0xFF},
      {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80}
    };
    int at = hostile.between(0, bytes.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.writeBytes(hostile.pick(List.of(junk)));
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
