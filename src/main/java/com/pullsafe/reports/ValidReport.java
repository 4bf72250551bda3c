package com.pullsafe.reports;

import com.pullsafe.reports.answers.ReportAnswers;

/**
 * A report that passed {@link ReportValidator}: its week and the answers to store, which the triage
 * reads.
 */
public record ValidReport(IsoWeek week, ReportAnswers answers) {}
