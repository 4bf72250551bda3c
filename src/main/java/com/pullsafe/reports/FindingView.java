package com.pullsafe.reports;

import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageMessages;

/** A finding as pages and the API show it: code, level, reason, and what to do about it. */
public record FindingView(FindingCode code, Level level, String reason, String advice) {

  static FindingView of(StoredFinding f) {
    return of(f.getCode(), f.getLevel(), f.getReason());
  }

  static FindingView of(FindingCode code, Level level, String reason) {
    return new FindingView(code, level, reason, TriageMessages.advice(code));
  }
}
