package com.pullsafe.web.athlete;

import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.Reports;
import com.pullsafe.review.CoachDecision;
import com.pullsafe.review.CoachNotes;
import com.pullsafe.web.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /athlete/result.xhtml}: the triage result of one of the athlete's own reports and,
 * once reviewed, the coach's decision on it.
 */
@Named
@RequestScoped
public class ResultBean {

  @Inject private Reports reports;
  @Inject private CoachNotes coachNotes;

  private String id;
  private ReportView report;
  private CoachDecision decision;

  public void load() {
    report = reports.getReport(PageIds.parse(id, "Report"));
    decision = coachNotes.decisionOn(report.id()).orElse(null);
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
