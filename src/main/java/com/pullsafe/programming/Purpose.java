package com.pullsafe.programming;

/** What an exercise in the {@link Alternative} catalog is for. */
public enum Purpose {
  /** Trunk stiffness: 360-degree bracing and anti-rotation. */
  BRACING,
  /** Bar path and start position of the pull. */
  SETUP,
  /** Hip extension driven by the glutes. */
  GLUTES,
  /** Back extensors, hamstrings and glutes working together. */
  POSTERIOR_CHAIN,
  /** Less load or range on the back than a full deadlift. */
  LOAD_REDUCTION,
  /** Groove clean, controlled reps. */
  TECHNIQUE,
  /** General activity and recovery. */
  CONDITIONING
}
