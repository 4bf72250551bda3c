package com.pullsafe.api;

import com.pullsafe.programming.Alternative;
import com.pullsafe.reports.ReportView;
import com.pullsafe.triage.Level;
import java.util.List;

/**
 * The answer to a submitted report ({@code POST /api/v1/reports}): the triage at once, with the
 * one-line notice that PullSafe supports coaching and does not diagnose.
 */
public record TriagedReport(
    long id,
    String week,
    Level level,
    List<FindingItem> findings,
    List<Alternative> suggestedAlternatives,
    String ruleSetVersion,
    String levelSummary,
    String notice) {

  static TriagedReport of(ReportView r) {
    return new TriagedReport(
        r.id(),
        r.week(),
        r.level(),
        r.findings().stream().map(FindingItem::of).toList(),
        r.suggestedAlternatives(),
        r.ruleSetVersion(),
        r.levelSummary(),
        r.notice());
  }
}
