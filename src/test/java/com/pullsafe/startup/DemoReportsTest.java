package com.pullsafe.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportValidator;
import com.pullsafe.reports.ValidReport;
import com.pullsafe.testing.TestValidator;
import com.pullsafe.triage.AthleteHistory;
import com.pullsafe.triage.AthleteHistory.EarlierReport;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageEngine;
import com.pullsafe.triage.TriageOutcome;
import com.pullsafe.triage.TriageSettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo data is valid and, triaged by the engine, covers every level. */
class DemoReportsTest {

  private static final IsoWeek CURRENT = IsoWeek.parse("2026-W10");

  /** Each athlete's outcomes, oldest week first, with the history the service would read. */
  private static Map<String, List<TriageOutcome>> triaged() {
    ReportValidator validator = new ReportValidator(TestValidator.get(), CURRENT);
    Map<String, List<TriageOutcome>> outcomes = new HashMap<>();
    DemoReports.before(CURRENT)
        .forEach(
            (email, reports) -> {
              List<ValidReport> earlier = new ArrayList<>();
              List<TriageOutcome> results = new ArrayList<>();
              for (NewReport report : reports) {
                ValidReport valid = validator.validate(report);
                List<EarlierReport> history = new ArrayList<>();
                for (int i = earlier.size() - 1; i >= 0; i--) {
                  ValidReport before = earlier.get(i);
                  history.add(
                      new EarlierReport(
                          before.week().weeksBefore(valid.week()),
                          before.answers().getTopSetKg(),
                          before.answers().getPainScore(),
                          results.get(i).level()));
                }
                results.add(
                    TriageEngine.standard()
                        .triage(
                            valid.answers(),
                            new AthleteHistory(history),
                            TriageSettings.defaults()));
                earlier.add(valid);
              }
              outcomes.put(email, results);
            });
    return outcomes;
  }

  @Test
  void everyAthleteReportsFourPastWeeks() {
    DemoReports.before(CURRENT)
        .values()
        .forEach(
            reports -> {
              assertEquals(DemoReports.WEEKS, reports.size());
              reports.forEach(r -> assertTrue(CURRENT.isAfter(IsoWeek.parse(r.getWeek()))));
            });
  }

  @Test
  void theDemoCoversEveryLevel() {
    Set<Level> levels = EnumSet.noneOf(Level.class);
    triaged().values().forEach(list -> list.forEach(o -> levels.add(o.level())));

    assertEquals(EnumSet.allOf(Level.class), levels);
  }

  @Test
  void theStoriesComeOutAsIntended() {
    Map<String, List<TriageOutcome>> t = triaged();

    assertTrue(t.get("noah@demo.test").get(1).has(FindingCode.OVERLOAD_TOO_SOON));
    assertTrue(t.get("noah@demo.test").get(3).has(FindingCode.RECURRING_PAIN));
    assertEquals(Level.RED, t.get("lea@demo.test").get(3).level());
    assertEquals(Level.URGENT, t.get("omar@demo.test").get(3).level());
    assertEquals(Level.RED, t.get("sara@demo.test").get(0).level());
    assertEquals(Level.GREEN, t.get("sara@demo.test").get(3).level());
    assertTrue(t.get("tom@demo.test").get(2).has(FindingCode.SETUP_FAULT));
    assertTrue(t.get("mia@demo.test").get(1).has(FindingCode.DOMS));
  }
}
