package com.pullsafe.alerts;

/** One try at an alert e-mail ended: sent, or failed (to be retried). */
public record AlertMailAttempted(boolean sent) {}
