package com.pullsafe.triage;

/** How the pain felt. */
public enum PainCharacter {
  DULL,
  SHARP,
  TIGHT,
  BURNING
}
