package com.pullsafe.reports;

import com.pullsafe.triage.Finding;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One finding of a stored triage: code, level and the reason as it was written then. */
@Embeddable
public class StoredFinding {

  public static final int REASON_MAX = 1000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private FindingCode code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Level level;

  @Column(nullable = false, length = REASON_MAX)
  private String reason;

  protected StoredFinding() {}

  StoredFinding(Finding finding) {
    this.code = finding.code();
    this.level = finding.level();
    this.reason = finding.reason();
  }

  public FindingCode getCode() {
    return code;
  }

  public Level getLevel() {
    return level;
  }

  public String getReason() {
    return reason;
  }
}
