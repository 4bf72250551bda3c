package com.pullsafe.squad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.pullsafe.triage.FindingCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The squad trends' shares and their CSV. */
class SquadTrendsTest {

  private final SquadTrends trends =
      new SquadTrends(
          List.of(new SquadTrends.Week("2026-W46", 0, 0), new SquadTrends.Week("2026-W47", 3, 1)),
          List.of(new SquadTrends.Finding(FindingCode.RECURRING_PAIN, 2)),
          3);

  @Test
  void aWeekWithoutReportsHasNoShareRatherThanZero() {
    assertNull(trends.weeks().get(0).flaggedPercent());
    assertEquals("33.3", trends.weeks().get(1).flaggedPercent().toPlainString());
  }

  @Test
  void theCsvHasAWeekRowPerWeekAndAFindingRowPerFinding() {
    String csv = new String(new TrendExport().csv(trends), StandardCharsets.UTF_8);

    assertEquals(
        "kind,name,count,of,percent\r\n"
            + "\"week\",\"2026-W46\",\"0\",\"0\",\"\"\r\n"
            + "\"week\",\"2026-W47\",\"1\",\"3\",\"33.3\"\r\n"
            + "\"finding\",\"RECURRING_PAIN\",\"2\",\"3\",\"66.7\"\r\n",
        csv);
  }

  @Test
  void thePdfIsAPdf() {
    byte[] pdf = new TrendExport().pdf(trends);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
  }
}
