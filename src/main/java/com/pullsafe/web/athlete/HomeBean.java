package com.pullsafe.web.athlete;

import com.pullsafe.program.ProgramService;
import com.pullsafe.program.ProgramView;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.Reports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /athlete/index.xhtml}: the latest result and the program at a glance. */
@Named("athleteHome")
@RequestScoped
public class HomeBean {

  @Inject private Reports reports;
  @Inject private ProgramService programs;

  private ReportView latest;
  private ProgramView program;

  public void load() {
    List<ReportView> mine = reports.myReports(0, 1);
    latest = mine.isEmpty() ? null : mine.get(0);
    program = programs.myProgram();
  }

  public ReportView getLatest() {
    return latest;
  }

  public ProgramView getProgram() {
    return program;
  }
}
