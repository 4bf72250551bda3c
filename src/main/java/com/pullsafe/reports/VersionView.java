package com.pullsafe.reports;

import com.pullsafe.programming.Alternative;
import com.pullsafe.triage.Level;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A version of a report that an amendment replaced, as the coach and the API see it: what the
 * athlete stated then, with the triage it got and its texts as shown then.
 *
 * @param version 1 for the first submission, then one more per amendment
 * @param changedFields the answers that differ from the version before (none for the first)
 */
public record VersionView(
    int version,
    Instant submittedAt,
    NewReport stated,
    List<String> changedFields,
    Level triageLevel,
    List<FindingView> findings,
    List<Alternative> suggestedAlternatives,
    String ruleSetVersion,
    String levelSummary)
    implements Serializable {}
