package com.pullsafe.web.athlete;

import com.pullsafe.program.ProgramService;
import com.pullsafe.program.ProgramView;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.review.CoachDecision;
import com.pullsafe.review.CoachNoteService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code /athlete/index.xhtml}: the latest result (with the coach's decision once reviewed),
 * the coach's latest decision when it is about an earlier week, and the program at a glance.
 */
@Named("athleteHome")
@RequestScoped
public class HomeBean {

  @Inject private ReportService reports;
  @Inject private ProgramService programs;
  @Inject private CoachNoteService coachNotes;

  private ReportView latest;
  private CoachDecision latestDecision;
  private ProgramView program;

  public void load() {
    List<ReportView> mine = reports.myReports(0, 1);
    latest = mine.isEmpty() ? null : mine.get(0);
    latestDecision = coachNotes.latestDecision().orElse(null);
    program = programs.myProgram();
  }

  /** The coach's decision on the latest week; null while that week is not reviewed. */
  public CoachDecision getDecisionOnLatest() {
    return decidedOnLatest() ? latestDecision : null;
  }

  /** The coach's latest decision when it is about an earlier week than the latest result. */
  public CoachDecision getEarlierDecision() {
    return latestDecision != null && !decidedOnLatest() ? latestDecision : null;
  }

  private boolean decidedOnLatest() {
    return latest != null && latestDecision != null && latestDecision.reportId() == latest.id();
  }

  public ReportView getLatest() {
    return latest;
  }

  public ProgramView getProgram() {
    return program;
  }
}
