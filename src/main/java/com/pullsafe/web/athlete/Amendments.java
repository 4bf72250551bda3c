package com.pullsafe.web.athlete;

import com.pullsafe.reports.AmendmentWindow;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.ReportView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Which of the athlete's reports the pages offer to update, and how the link reads (domain brief,
 * "Amending a report": "Update this week's report", for the current and the previous week): {@code
 * #{amendments.open(r)}}, {@code #{amendments.label(r)}}.
 */
@Named
@ApplicationScoped
public class Amendments {

  private final Clock clock = Clock.systemUTC();

  public boolean open(ReportView report) {
    return report != null && AmendmentWindow.at(clock).includes(IsoWeek.parse(report.week()));
  }

  /** The bundle key of the link: this week's, last week's, or (near midnight) another week's. */
  public String labelKey(ReportView report) {
    IsoWeek week = IsoWeek.parse(report.week());
    IsoWeek current = IsoWeek.containing(LocalDate.now(clock));
    if (week.equals(current)) {
      return "report.update.thisWeek";
    }
    return week.equals(current.minusWeeks(1))
        ? "report.update.lastWeek"
        : "report.update.otherWeek";
  }
}
