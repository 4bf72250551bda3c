package com.pullsafe.roster;

import java.io.Serializable;

/** An athlete as a picker offers them: the id to choose and the name to show. */
public record AthleteChoice(long id, String displayName) implements Serializable {}
