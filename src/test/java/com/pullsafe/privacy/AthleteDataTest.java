package com.pullsafe.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.privacy.AthleteData.Table;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class AthleteDataTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  private static AthleteData data() {
    Map<String, Table> sections = new LinkedHashMap<>();
    sections.put(
        "reports",
        new Table(
            List.of("id", "topSetKg", "notes", "bothLegs", "submittedAt"),
            List.of(
                Arrays.asList(7L, new BigDecimal("120.50"), "=HYPERLINK(\"x\")", true, AT),
                Arrays.asList(8L, null, null, false, AT))));
    sections.put("clearances", new Table(List.of("id", "note"), List.of()));
    return new AthleteData(3, AT, sections);
  }

  @Test
  void theJsonHasEverySectionWithTypedValuesAndNulls() {
    JsonObject json = data().json();

    assertEquals(AthleteData.FORMAT, json.getString("format"));
    assertEquals(3, json.getInt("athleteId"));
    JsonObject first = json.getJsonArray("reports").getJsonObject(0);
    assertEquals(new BigDecimal("120.50"), first.getJsonNumber("topSetKg").bigDecimalValue());
    assertEquals(true, first.getBoolean("bothLegs"));
    assertEquals("2026-12-01T10:00:00Z", first.getString("submittedAt"));
    assertEquals(true, json.getJsonArray("reports").getJsonObject(1).isNull("notes"));
    assertEquals(0, json.getJsonArray("clearances").size());
  }

  @Test
  void theZipHasOneCsvPerSectionWithHeaderQuotingAndNoFormulas() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data().csvZip()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    assertEquals(List.of("reports.csv", "clearances.csv"), List.copyOf(files.keySet()));
    assertEquals(
        "\"id\",\"topSetKg\",\"notes\",\"bothLegs\",\"submittedAt\"\r\n"
            + "\"7\",\"120.50\",\"'=HYPERLINK(\"\"x\"\")\",\"true\",\"2026-12-01T10:00:00Z\"\r\n"
            + "\"8\",\"\",\"\",\"false\",\"2026-12-01T10:00:00Z\"\r\n",
        files.get("reports.csv"));
    assertEquals("\"id\",\"note\"\r\n", files.get("clearances.csv"), "columns even without rows");
  }

  @Test
  void columnNamesBecomeCamelCase() {
    assertEquals(
        "worseBendingOrExtending", AthleteDataService.camelCase("worse_bending_or_extending"));
    assertEquals("id", AthleteDataService.camelCase("id"));
  }
}
