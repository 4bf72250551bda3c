package com.pullsafe.web.athlete;

import com.pullsafe.program.ProgramService;
import com.pullsafe.program.ProgramView;
import com.pullsafe.review.CoachDecision;
import com.pullsafe.review.CoachNoteService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /athlete/program.xhtml}: the athlete's current program and the coach's decision. */
@Named
@RequestScoped
public class ProgramBean {

  @Inject private ProgramService programs;
  @Inject private CoachNoteService coachNotes;

  private ProgramView program;
  private CoachDecision latestDecision;

  public void load() {
    program = programs.myProgram();
    latestDecision = coachNotes.latestDecision().orElse(null);
  }

  /** The coach's decision on the latest reviewed week; null before any review. */
  public CoachDecision getLatestDecision() {
    return latestDecision;
  }

  public ProgramView getProgram() {
    return program;
  }
}
