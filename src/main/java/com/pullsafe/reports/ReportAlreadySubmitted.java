package com.pullsafe.reports;

import com.pullsafe.shared.Conflict;
import jakarta.ejb.ApplicationException;

/** A second report for a week the athlete already reported: one report per ISO week. */
@ApplicationException(rollback = true)
public class ReportAlreadySubmitted extends Conflict {

  public ReportAlreadySubmitted(String message) {
    super(message);
  }
}
