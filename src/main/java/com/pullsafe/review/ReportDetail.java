package com.pullsafe.review;

import com.pullsafe.program.AssignmentView;
import com.pullsafe.reports.AnswerChanges;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.VersionView;
import java.io.Serializable;
import java.util.List;

/**
 * A report with its triage and, once reviewed, the review (api-v1 {@code GET /reports/{id}}).
 *
 * @param review the latest review; null until a coach reviewed the report
 * @param assignments the assignments made with this review
 * @param earlierVersions the versions amendments replaced, oldest first
 */
public record ReportDetail(
    ReportView report,
    ReviewView review,
    List<AssignmentView> assignments,
    List<VersionView> earlierVersions)
    implements Serializable {

  /** The answers of the current version that differ from the version before; none if unamended. */
  public List<String> changedFields() {
    return earlierVersions.isEmpty()
        ? List.of()
        : AnswerChanges.between(
            earlierVersions.get(earlierVersions.size() - 1).stated(), report.stated());
  }
}
