package com.pullsafe.reports;

import com.pullsafe.triage.ReportFacts;

/**
 * A report that passed {@link ReportValidator}: its week, the facts the triage reads, the notes.
 */
public record ValidReport(IsoWeek week, ReportFacts facts, String notes) {}
