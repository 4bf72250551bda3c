package com.pullsafe.reports;

import com.pullsafe.shared.Conflict;
import jakarta.ejb.ApplicationException;

/** An amendment of a report older than last week: only the current and previous week change. */
@ApplicationException(rollback = true)
public class ReportNotAmendable extends Conflict {

  public ReportNotAmendable(String message) {
    super(message);
  }
}
