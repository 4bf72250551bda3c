package com.pullsafe.reports;

import com.pullsafe.shared.Language;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import java.io.Serializable;
import java.util.Locale;

/**
 * A finding as pages and the API show it: code, level, reason, and what to do about it, all as
 * stored with the triage, in the reader's language.
 */
public record FindingView(FindingCode code, Level level, String reason, String advice)
    implements Serializable {

  static FindingView of(StoredFinding f) {
    Locale language = Language.current();
    return new FindingView(f.getCode(), f.getLevel(), f.getReason(language), f.getAdvice(language));
  }
}
