package com.pullsafe.roster;

import com.pullsafe.triage.Level;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps an athlete's status (the level that stands for their latest reported week) in step with
 * their reports; called inside the transaction that stores or reviews a report.
 */
@ApplicationScoped
public class AthleteStatus {

  public void record(Athlete athlete, String week, Level level) {
    athlete.recordStatus(week, level);
  }
}
