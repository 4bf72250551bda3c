package com.pullsafe.review;

/** A coach's decision on a triage: agree with it, or set another level with a reason. */
public enum Decision {
  CONFIRM,
  OVERRIDE
}
