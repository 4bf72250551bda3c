package com.pullsafe.api;

import java.util.List;

/** One page of a list that is paged in the database: its items and the size of the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {}
