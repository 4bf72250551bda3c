package com.pullsafe.review;

import java.util.List;

/** One page of the queue and the number of items on all pages. */
public record QueuePage(List<QueueItem> items, long total) {}
