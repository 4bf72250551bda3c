package com.pullsafe.squad;

import java.io.Serializable;
import java.util.List;

/** One page of the squad view: the window's weeks (oldest first) and the rows in risk order. */
public record SquadPage(List<String> weeks, List<SquadRow> rows, long total, int page, int size)
    implements Serializable {}
