package com.pullsafe.triage;

import com.pullsafe.programming.Alternative;
import java.util.List;
import java.util.Objects;

/**
 * The result of triaging one report.
 *
 * @param level the highest level among the findings, GREEN when there are none
 * @param findings sorted by level high to low, then in table order
 * @param suggestedAlternatives each alternative once, in the order of the findings
 * @param ruleSetVersion the version of the rules that produced this outcome
 */
public record TriageOutcome(
    Level level,
    List<Finding> findings,
    List<Alternative> suggestedAlternatives,
    String ruleSetVersion) {

  public TriageOutcome {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    findings = List.copyOf(findings);
    suggestedAlternatives = List.copyOf(suggestedAlternatives);
  }

  public boolean has(FindingCode code) {
    return findings.stream().anyMatch(f -> f.code() == code);
  }

  public List<FindingCode> codes() {
    return findings.stream().map(Finding::code).toList();
  }

  /** AMBER or above: the report goes into the coach's queue. */
  public boolean flagged() {
    return level.flagged();
  }
}
