package com.pullsafe.reports;

import com.pullsafe.triage.Finding;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;

/**
 * One finding of a stored triage: code, level, and the reason and advice as they were shown then
 * (domain brief: "a later rule or wording change never rewrites history"), in every supported
 * language: English always, German for results stored since it arrived.
 */
@Embeddable
public class StoredFinding {

  public static final int REASON_MAX = 1000;
  public static final int ADVICE_MAX = 2000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private FindingCode code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Level level;

  @Column(nullable = false, length = REASON_MAX)
  private String reason;

  @Column(nullable = false, length = ADVICE_MAX)
  private String advice;

  @Column(name = "reason_de", length = REASON_MAX)
  private String reasonDe;

  @Column(name = "advice_de", length = ADVICE_MAX)
  private String adviceDe;

  protected StoredFinding() {}

  StoredFinding(Finding finding) {
    this.code = finding.code();
    this.level = finding.level();
    this.reason = finding.reason();
    this.advice = finding.advice();
    this.reasonDe = finding.reason(Locale.GERMAN);
    this.adviceDe = finding.advice(Locale.GERMAN);
  }

  public FindingCode getCode() {
    return code;
  }

  public Level getLevel() {
    return level;
  }

  /** The reason as shown then, in English. */
  public String getReason() {
    return reason;
  }

  /** The advice as shown then, in English. */
  public String getAdvice() {
    return advice;
  }

  /** The reason as shown then in {@code language}; English when it was not stored in it. */
  public String getReason(Locale language) {
    return FrozenText.in(language, reason, reasonDe);
  }

  /** The advice as shown then in {@code language}; English when it was not stored in it. */
  public String getAdvice(Locale language) {
    return FrozenText.in(language, advice, adviceDe);
  }
}
