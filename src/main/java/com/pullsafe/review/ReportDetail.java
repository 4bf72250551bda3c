package com.pullsafe.review;

import com.pullsafe.program.AssignmentView;
import com.pullsafe.reports.ReportView;
import java.util.List;

/**
 * A report with its triage and, once reviewed, the review (api-v1 {@code GET /reports/{id}}).
 *
 * @param review null until a coach reviewed the report
 * @param assignments the assignments made with this review
 */
public record ReportDetail(
    ReportView report, ReviewView review, List<AssignmentView> assignments) {}
