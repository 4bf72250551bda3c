package com.pullsafe.program;

import java.time.LocalDate;

/** A recorded clearance for heavy pulling. */
public record ClearanceView(
    long id, long athleteId, LocalDate clearedOn, String clearedBy, String note) {}
