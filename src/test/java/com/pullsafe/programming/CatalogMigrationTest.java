package com.pullsafe.programming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog table the migration loads says exactly what the {@link Alternative} enum says. */
class CatalogMigrationTest {

  private static final String MIGRATION = "/db/migration/V2__reports_triage_reviews.sql";

  private static String migration() throws IOException {
    try (InputStream in = CatalogMigrationTest.class.getResourceAsStream(MIGRATION)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCatalogRowsMatchTheEnumInOrder() throws IOException {
    Matcher row =
        Pattern.compile("\\('(\\w+)', '([^']+)', '(\\w+)', (\\d+)\\)").matcher(migration());
    List<String> rows = new ArrayList<>();
    while (row.find()) {
      rows.add(row.group(1) + "|" + row.group(2) + "|" + row.group(3) + "|" + row.group(4));
    }
    List<String> expected = new ArrayList<>();
    for (Alternative a : Alternative.values()) {
      expected.add(a.name() + "|" + a.displayName() + "|" + a.kind() + "|" + (a.ordinal() + 1));
    }

    assertEquals(expected, rows);
  }

  @Test
  void thePurposeTagsMatchTheEnum() throws IOException {
    String sql = migration();
    String block = sql.substring(sql.indexOf("insert into alternative_purpose"));
    block = block.substring(0, block.indexOf(';'));
    Matcher row = Pattern.compile("\\('(\\w+)', '([A-Z_]+)'\\)").matcher(block);
    List<String> tags = new ArrayList<>();
    while (row.find()) {
      tags.add(row.group(1) + "|" + row.group(2));
    }
    List<String> expected = new ArrayList<>();
    for (Alternative a : Alternative.values()) {
      a.purposes().forEach(p -> expected.add(a.name() + "|" + p.name()));
    }

    assertEquals(expected.stream().sorted().toList(), tags.stream().sorted().toList());
  }
}
