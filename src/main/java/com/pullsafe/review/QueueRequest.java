package com.pullsafe.review;

import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.shared.Between;

/** A page of the review queue as asked for: page from 0, size from 1, a status the queue holds. */
record QueueRequest(
    @Between(min = "0", max = "" + Integer.MAX_VALUE) int page,
    @Between(min = "1", max = "" + ReviewQueueService.PAGE_SIZE_MAX) int size,
    @QueueStatus ReviewStatus status) {}
