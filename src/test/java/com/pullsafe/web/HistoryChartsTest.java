package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.shared.Language;
import com.pullsafe.triage.Level;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The charts of an athlete's weeks (gaps stay gaps, the axes start at zero). */
class HistoryChartsTest {

  private final HistoryCharts charts = new HistoryCharts(new Texts(), new Formats());

  private static ReportView week(String week, String topSetKg, int pain) {
    NewReport stated =
        NewReport.builder(week)
            .topSet(topSetKg, topSetKg == null ? null : 5)
            .painScore(pain)
            .walking(100)
            .build();
    return new ReportView(
        1,
        1,
        "Mia",
        week,
        Instant.EPOCH,
        Level.GREEN,
        Level.GREEN,
        ReviewStatus.NOT_FLAGGED,
        List.of(),
        List.of(),
        "1",
        "",
        "",
        "",
        stated,
        1,
        null);
  }

  private static JsonObject json(String chart) {
    try (var reader = Json.createReader(new StringReader(chart))) {
      return reader.readObject();
    }
  }

  private static JsonObject dataset(JsonObject chart) {
    return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
  }

  @Test
  void aWeekWithoutDeadliftsBreaksTheLoadLine() {
    JsonObject load =
        json(
            charts.load(
                List.of(
                    week("2026-W12", "150", 0),
                    week("2026-W11", null, 0),
                    week("2026-W10", "140", 0))));

    assertEquals(
        List.of("140", "null", "150"),
        dataset(load).getJsonArray("data").stream().map(JsonValue::toString).toList());
    assertFalse(dataset(load).getBoolean("spanGaps"));
  }

  @Test
  void aWeekWithoutAReportKeepsItsPlaceAsAGap() {
    JsonObject pain =
        json(charts.pain(List.of(week("2026-W12", "150", 2), week("2026-W09", "140", 4))));

    assertEquals(
        List.of("2026-W09", "2026-W10", "2026-W11", "2026-W12"),
        pain.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonValue::toString).stream()
            .map(s -> s.replace("\"", ""))
            .toList());
    assertEquals(
        List.of("4", "null", "null", "2"),
        dataset(pain).getJsonArray("data").stream().map(JsonValue::toString).toList());
  }

  @Test
  void bothAxesStartAtZero() {
    List<ReportView> weeks = List.of(week("2026-W12", "150", 2), week("2026-W11", "140", 4));

    assertEquals(0, yAxis(charts.load(weeks)).getInt("min"));
    assertEquals(0, yAxis(charts.pain(weeks)).getInt("min"));
  }

  @Test
  void weeksRunAcrossTheTurnOfTheYearIncludingAWeek53() {
    JsonObject from2025 =
        json(charts.pain(List.of(week("2026-W01", "150", 2), week("2025-W52", "140", 4))));
    JsonObject from2026 =
        json(charts.pain(List.of(week("2027-W01", "150", 2), week("2026-W52", "140", 4))));

    assertEquals(2, from2025.getJsonObject("data").getJsonArray("labels").size());
    assertEquals(3, from2026.getJsonObject("data").getJsonArray("labels").size());
  }

  @Test
  void weeksAndLoadsAreWrittenInTheReadersLanguage() {
    List<ReportView> weeks = List.of(week("2026-W12", "147.5", 2), week("2026-W11", "140", 4));

    JsonObject pain = Language.during(Locale.GERMAN, () -> json(charts.pain(weeks)));
    String summary = Language.during(Locale.GERMAN, () -> charts.summary(weeks));

    assertEquals(
        List.of("KW 11/2026", "KW 12/2026"),
        pain.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString));
    assertEquals(
        "KW 11/2026: Schmerz 4, Top-Satz 140 kg; KW 12/2026: Schmerz 2, Top-Satz 147,5 kg",
        summary);
  }

  private static JsonObject yAxis(String chart) {
    return json(chart).getJsonObject("options").getJsonObject("scales").getJsonObject("y");
  }
}
