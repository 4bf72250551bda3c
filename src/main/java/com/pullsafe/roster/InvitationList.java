package com.pullsafe.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an invitation list: CSV (RFC 4180: commas, double quotes around a field that holds one,
 * doubled quotes inside) with a header line naming its columns in any order: {@code name} and
 * {@code email} always, {@code role} ({@code athlete} or {@code coach}) and {@code coach} (the
 * athlete's coach's e-mail) for a tenant admin. Blank lines are skipped.
 */
final class InvitationList {

  static final List<String> COLUMNS = List.of("name", "email", "role", "coach");

  /** A line of the file: its number and its fields by column (missing ones null). */
  record Line(int number, String name, String email, String role, String coach) {}

  private InvitationList() {}

  /** The lines after the header; a bad header is refused with a message saying what is wrong. */
  static List<Line> parse(String text) throws Malformed {
    List<List<String>> records = records(text == null ? "" : text.replace("\uFEFF", ""));
    if (records.isEmpty()) {
      throw new Malformed("empty");
    }
    List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase()).toList();
    int[] at = new int[COLUMNS.size()];
    for (int c = 0; c < COLUMNS.size(); c++) {
      at[c] = header.indexOf(COLUMNS.get(c));
    }
    if (at[0] < 0 || at[1] < 0) {
      throw new Malformed("header");
    }
    for (String column : header) {
      if (!COLUMNS.contains(column)) {
        throw new Malformed("header");
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> fields = records.get(r);
      if (fields.stream().allMatch(String::isBlank)) {
        continue;
      }
      lines.add(
          new Line(
              r + 1,
              field(fields, at[0]),
              field(fields, at[1]),
              field(fields, at[2]),
              field(fields, at[3])));
    }
    return lines;
  }

  private static String field(List<String> fields, int index) {
    if (index < 0 || index >= fields.size()) {
      return null;
    }
    String value = fields.get(index).trim();
    return value.isEmpty() ? null : value;
  }

  /** The records of the text, each a list of fields; a record per line outside quotes. */
  private static List<List<String>> records(String text) throws Malformed {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new Malformed("quote");
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }

  /** The file cannot be read as an invitation list; {@link #reason} keys the message. */
  static final class Malformed extends Exception {
    private final String reason;

    Malformed(String reason) {
      super(reason);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }
}
