package com.pullsafe.api;

import com.pullsafe.reports.FindingView;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding of a triage: its code, level, the reason quoting the inputs, and the advice. */
@Schema(requiredProperties = {"code", "level", "reason"})
public record FindingItem(FindingCode code, Level level, String reason, String advice) {

  static FindingItem of(FindingView f) {
    return new FindingItem(f.code(), f.level(), f.reason(), f.advice());
  }
}
