package com.pullsafe.web.athlete;

import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.Reports;
import com.pullsafe.web.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /athlete/result.xhtml}: the triage result of one of the athlete's own reports. */
@Named
@RequestScoped
public class ResultBean {

  @Inject private Reports reports;

  private String id;
  private ReportView report;

  public void load() {
    report = reports.getReport(PageIds.parse(id, "Report"));
  }

  public ReportView getReport() {
    return report;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
