package com.pullsafe.privacy;

import com.pullsafe.shared.CsvField;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A tenant export as it is written: one {@code <table>.csv} per table (a header row of the columns,
 * then one line per row, written as the rows arrive) and a {@code manifest.json} at the end that
 * lists each file with its columns and number of rows. Nothing is held beyond the current line.
 */
final class TenantZip implements AutoCloseable {

  static final String FORMAT = "pullsafe-tenant-data/1";
  static final String MANIFEST = "manifest.json";

  private final ZipOutputStream zip;
  private final JsonArrayBuilder files = Json.createArrayBuilder();
  private String table;
  private List<String> columns;
  private long rows;

  TenantZip(OutputStream out) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
  }

  void startTable(String name, List<String> columnNames) {
    table = name;
    columns = columnNames;
    rows = 0;
    try {
      zip.putNextEntry(new ZipEntry(name + ".csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    line(columnNames);
  }

  void row(List<?> values) {
    line(values);
    rows++;
  }

  /** Ends the current table's file; answers its number of rows. */
  long endTable() {
    try {
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    columns.forEach(names::add);
    files.add(
        Json.createObjectBuilder()
            .add("table", table)
            .add("file", table + ".csv")
            .add("columns", names)
            .add("rows", rows));
    return rows;
  }

  void finish(long tenantId, String tenantName, Instant exportedAt) {
    String manifest =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("tenantId", tenantId)
            .add("tenantName", tenantName)
            .add("exportedAt", exportedAt.toString())
            .add("files", files)
            .build()
            .toString();
    try {
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(List<?> values) {
    String line =
        values.stream()
            .map(v -> v == null ? "" : v.toString())
            .map(CsvField::quoted)
            .collect(Collectors.joining(",", "", "\r\n"));
    try {
      zip.write(line.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes what is written; the caller owns (and closes) the underlying stream. */
  @Override
  public void close() {
    try {
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
