package com.pullsafe.web.athlete;

import com.pullsafe.program.ProgramService;
import com.pullsafe.program.ProgramView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /athlete/program.xhtml}: the athlete's current program. */
@Named
@RequestScoped
public class ProgramBean {

  @Inject private ProgramService programs;

  private ProgramView program;

  public void load() {
    program = programs.myProgram();
  }

  public ProgramView getProgram() {
    return program;
  }
}
