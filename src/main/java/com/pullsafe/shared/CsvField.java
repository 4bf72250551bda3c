package com.pullsafe.shared;

/** One field of a CSV export, as every export of the portal writes it. */
public final class CsvField {

  /** Characters a spreadsheet may read as the start of a formula (OWASP's CSV injection list). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvField() {}

  /**
   * RFC 4180 quoting; a value starting like a formula gets a leading apostrophe, so that a
   * spreadsheet opens what an athlete typed as text, never as a formula.
   */
  public static String quoted(String value) {
    String safe =
        !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
