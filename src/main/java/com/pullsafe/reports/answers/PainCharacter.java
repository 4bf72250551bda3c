package com.pullsafe.reports.answers;

/** How the pain felt. */
public enum PainCharacter {
  DULL,
  SHARP,
  TIGHT,
  BURNING
}
