package com.pullsafe.privacy;

import com.pullsafe.shared.CsvField;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * All data about one athlete, section by section (see {@link AthleteSections}): each section a list
 * of rows, each row its columns in order with camelCase names. Written as one JSON document or as a
 * zip with one CSV file per section (the same columns), so both downloads hold the same data.
 */
public record AthleteData(long athleteId, Instant exportedAt, Map<String, Table> sections) {

  /** A section: its column names and its rows, each row's values in the columns' order. */
  public record Table(List<String> columns, List<List<Object>> rows) {}

  public static final String FORMAT = "pullsafe-athlete-data/1";

  public JsonObject json() {
    JsonObjectBuilder document =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("athleteId", athleteId)
            .add("exportedAt", exportedAt.toString());
    sections.forEach(
        (name, rows) -> {
          JsonArrayBuilder array = Json.createArrayBuilder();
          rows.rows().forEach(row -> array.add(jsonRow(rows.columns(), row)));
          document.add(name, array);
        });
    return document.build();
  }

  private static JsonObjectBuilder jsonRow(List<String> columns, List<Object> row) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      Object value = row.get(i);
      {
        if (value == null) {
          object.addNull(column);
        } else if (value instanceof Boolean b) {
          object.add(column, b);
        } else if (value instanceof BigDecimal d) {
          object.add(column, d);
        } else if (value instanceof Number n) {
          object.add(column, n.longValue());
        } else {
          object.add(column, value.toString());
        }
      }
    }
    return object;
  }

  /** A zip with {@code <section>.csv} for each section: a header row, then one line per row. */
  public byte[] csvZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (var section : sections.entrySet()) {
        zip.putNextEntry(new ZipEntry(section.getKey() + ".csv"));
        zip.write(csv(section.getValue()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String csv(Table table) {
    StringBuilder csv = new StringBuilder(line(table.columns())).append("\r\n");
    for (List<Object> row : table.rows()) {
      csv.append(line(row)).append("\r\n");
    }
    return csv.toString();
  }

  private static String line(List<?> values) {
    return values.stream()
        .map(v -> v == null ? "" : v.toString())
        .map(CsvField::quoted)
        .collect(Collectors.joining(","));
  }
}
