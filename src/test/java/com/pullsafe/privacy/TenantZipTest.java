package com.pullsafe.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class TenantZipTest {

  @Test
  void eachTableIsACsvFileAndTheManifestListsItsColumnsAndRows() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TenantZip zip = new TenantZip(bytes)) {
      zip.startTable("coach", List.of("id", "displayName"));
      zip.row(Arrays.asList(1L, "=HYPERLINK(\"x\")"));
      zip.row(Arrays.asList(2L, null));
      zip.endTable();
      zip.startTable("review", List.of("id"));
      zip.endTable();
      zip.finish(7, "Strong Gym", Instant.parse("2026-12-01T20:00:00Z"));
    }

    Map<String, String> files = unzip(bytes.toByteArray());

    assertEquals(List.of("coach.csv", "review.csv", "manifest.json"), List.copyOf(files.keySet()));
    assertEquals(
        "\"id\",\"displayName\"\r\n\"1\",\"'=HYPERLINK(\"\"x\"\")\"\r\n\"2\",\"\"\r\n",
        files.get("coach.csv"));
    assertEquals("\"id\"\r\n", files.get("review.csv"));
    JsonObject manifest =
        Json.createReader(new StringReader(files.get("manifest.json"))).readObject();
    assertEquals(TenantZip.FORMAT, manifest.getString("format"));
    assertEquals(7, manifest.getInt("tenantId"));
    assertEquals(2, manifest.getJsonArray("files").getJsonObject(0).getInt("rows"));
    assertEquals(0, manifest.getJsonArray("files").getJsonObject(1).getInt("rows"));
    assertEquals(
        "[\"id\",\"displayName\"]",
        manifest.getJsonArray("files").getJsonObject(0).getJsonArray("columns").toString());
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
