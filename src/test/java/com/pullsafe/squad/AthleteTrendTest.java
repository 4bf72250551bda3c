package com.pullsafe.squad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.triage.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An athlete's trend: the cap each week had, the flagged weeks, and gaps kept as weeks. */
class AthleteTrendTest {

  private static final BigDecimal FIVE = new BigDecimal("5");
  private static final BigDecimal PLATE = new BigDecimal("2.5");

  static ReportView week(String week, String topSetKg, int pain, Level level) {
    NewReport stated =
        NewReport.builder(week)
            .topSet(topSetKg, topSetKg == null ? null : 3)
            .painScore(pain)
            .walking(100)
            .build();
    return new ReportView(
        1,
        1,
        "Mia",
        week,
        Instant.EPOCH,
        level,
        level,
        level.flagged() ? ReviewStatus.OPEN : ReviewStatus.NOT_FLAGGED,
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

  @Test
  void theCapIsTheLatestTopSetPlusTheTenantsCapRoundedDownToThePlate() {
    List<AthleteTrend.Week> weeks =
        AthleteTrend.of(
            List.of(
                week("2026-W11", "150", 0, Level.GREEN), week("2026-W10", "140", 0, Level.GREEN)),
            FIVE,
            PLATE);

    assertNull(weeks.get(0).capKg(), "no top set before the first week");
    // 140 × 1.05 = 147, rounded down to 2.5 kg plates
    assertEquals(0, new BigDecimal("145").compareTo(weeks.get(1).capKg()));
  }

  @Test
  void aFlaggedWeekLowersTheNextWeeksCapToTwoAndAHalfPercentAndIsMarked() {
    List<AthleteTrend.Week> weeks =
        AthleteTrend.of(
            List.of(
                week("2026-W11", "140", 0, Level.GREEN), week("2026-W10", "200", 4, Level.AMBER)),
            FIVE,
            PLATE);

    assertTrue(weeks.get(0).flagged());
    assertFalse(weeks.get(1).flagged());
    // 200 × 1.025 = 205
    assertEquals(0, new BigDecimal("205").compareTo(weeks.get(1).capKg()));
  }

  @Test
  void aWeekWithoutAReportKeepsItsPlaceAndATopSetOlderThanFourWeeksSetsNoCap() {
    List<AthleteTrend.Week> weeks =
        AthleteTrend.of(
            List.of(
                week("2026-W16", "150", 0, Level.GREEN), week("2026-W10", "140", 2, Level.GREEN)),
            FIVE,
            PLATE);

    assertEquals(7, weeks.size());
    assertNull(weeks.get(3).reportId());
    assertNull(weeks.get(3).painScore());
    assertEquals(0, new BigDecimal("145").compareTo(weeks.get(4).capKg()), "W14: 4 weeks after");
    assertNull(weeks.get(6).capKg(), "W16: the W10 top set is 6 weeks old");
  }
}
