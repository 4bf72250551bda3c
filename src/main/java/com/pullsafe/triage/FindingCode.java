package com.pullsafe.triage;

/**
 * The findings of the triage table, in table order, each with its level (domain brief, "Triage:
 * findings, levels, rules").
 */
public enum FindingCode {
  SERIOUS_PATHOLOGY_SIGNS(Level.URGENT),
  MEDICAL_RED_FLAG(Level.RED),
  DISC_IRRITATION(Level.RED),
  ERECTOR_STRAIN(Level.AMBER),
  POOR_BRACING(Level.AMBER),
  SETUP_FAULT(Level.AMBER),
  GLUTE_UNDERUSE(Level.AMBER),
  OVERLOAD_TOO_SOON(Level.AMBER),
  RECURRING_PAIN(Level.AMBER),
  DOMS(Level.GREEN),
  NOTES_MENTION_RED_FLAG(Level.AMBER),
  LOW_WALKING(Level.GREEN);

  private final Level level;

  FindingCode(Level level) {
    this.level = level;
  }

  public Level level() {
    return level;
  }
}
