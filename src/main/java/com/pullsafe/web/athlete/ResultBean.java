package com.pullsafe.web.athlete;

import com.pullsafe.program.ClearanceRule;
import com.pullsafe.program.ProgramService;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.review.CoachDecision;
import com.pullsafe.review.CoachNoteService;
import com.pullsafe.roster.AwaitedClearance;
import com.pullsafe.web.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /athlete/result.xhtml}: the triage result of one of the athlete's own reports, the
 * coach's decision on it once reviewed, and whether the athlete awaits clearance (whatever this
 * report's level).
 */
@Named
@RequestScoped
public class ResultBean {

  @Inject private ReportService reports;
  @Inject private ProgramService programs;
  @Inject private CoachNoteService coachNotes;

  private String id;
  private ReportView report;
  private AwaitedClearance awaited;
  private CoachDecision decision;

  public void load() {
    report = reports.getReport(PageIds.parse(id, "Report"));
    awaited = programs.findMyAwaitedClearance().orElse(null);
    decision = coachNotes.decisionOn(report.id()).orElse(null);
  }

  /** The clearance the athlete awaits; null when none. */
  public AwaitedClearance getAwaited() {
    return awaited;
  }

  public String getAllowedWhileAwaiting() {
    return awaited == null ? null : ClearanceRule.allowedNames(awaited.level());
  }

  public ReportView getReport() {
    return report;
  }

  /** The coach's decision; null until the report is reviewed. */
  public CoachDecision getDecision() {
    return decision;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
