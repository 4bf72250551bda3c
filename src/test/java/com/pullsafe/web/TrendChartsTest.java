package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pullsafe.squad.AthleteTrend;
import com.pullsafe.squad.SquadTrends;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trend charts: flagged weeks marked by shape, the cap as a second line, gaps as gaps. */
class TrendChartsTest {

  private final TrendCharts charts = new TrendCharts(new Texts(), new Formats());

  private static final List<AthleteTrend.Week> WEEKS =
      List.of(
          new AthleteTrend.Week("2026-W10", 1L, 0, new BigDecimal("140"), null, false),
          new AthleteTrend.Week("2026-W11", null, null, null, new BigDecimal("145"), false),
          new AthleteTrend.Week(
              "2026-W12", 2L, 4, new BigDecimal("150"), new BigDecimal("145"), true));

  private static JsonObject dataset(String chart, int index) {
    try (var reader = Json.createReader(new StringReader(chart))) {
      return reader
          .readObject()
          .getJsonObject("data")
          .getJsonArray("datasets")
          .getJsonObject(index);
    }
  }

  private static List<String> values(JsonObject dataset, String key) {
    return dataset.getJsonArray(key).stream().map(JsonValue::toString).toList();
  }

  @Test
  void aFlaggedWeeksPainPointIsATriangleNotOnlyAColour() {
    JsonObject pain = dataset(charts.pain(WEEKS), 0);

    assertEquals(List.of("0", "null", "4"), values(pain, "data"));
    assertEquals(List.of("\"circle\"", "\"circle\"", "\"triangle\""), values(pain, "pointStyle"));
  }

  @Test
  void theCapIsADashedSecondLineBesideTheTopSet() {
    String load = charts.load(WEEKS);

    assertEquals(List.of("140", "null", "150"), values(dataset(load, 0), "data"));
    assertEquals(List.of("null", "145", "145"), values(dataset(load, 1), "data"));
    assertEquals(2, dataset(load, 1).getJsonArray("borderDash").size());
  }

  @Test
  void aWeekWithoutReportsHasNoBarRatherThanAZeroBar() {
    SquadTrends trends =
        new SquadTrends(
            List.of(new SquadTrends.Week("2026-W11", 0, 0), new SquadTrends.Week("2026-W12", 4, 1)),
            List.of(),
            4);

    assertEquals(List.of("null", "25.0"), values(dataset(charts.flaggedShare(trends), 0), "data"));
  }
}
