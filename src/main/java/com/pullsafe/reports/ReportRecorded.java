package com.pullsafe.reports;

import com.pullsafe.triage.Level;

/**
 * A new weekly report was stored with its triage level. Fired inside the report's transaction;
 * observers that count it wait for the commit.
 */
public record ReportRecorded(Level level) {}
