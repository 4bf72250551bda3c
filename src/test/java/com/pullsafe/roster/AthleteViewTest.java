package com.pullsafe.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.pullsafe.triage.Level;
import org.junit.jupiter.api.Test;

class AthleteViewTest {

  private static final AwaitedClearance RED = new AwaitedClearance(Level.RED, "2026-W10");
  private static final AwaitedClearance URGENT = new AwaitedClearance(Level.URGENT, "2026-W10");

  @Test
  void aQuietWeekAfterAnUnclearedRedShowsRedNotGreen() {
    assertEquals(Level.RED, AthleteView.shownStatus(Level.GREEN, RED));
    assertEquals(Level.RED, AthleteView.shownStatus(Level.AMBER, RED));
  }

  @Test
  void anOverrideToGreenOfAnUrgentResultShowsUrgent() {
    assertEquals(Level.URGENT, AthleteView.shownStatus(Level.GREEN, URGENT));
    assertEquals(Level.URGENT, AthleteView.shownStatus(Level.RED, URGENT));
  }

  @Test
  void aLaterUrgentWeekStaysUrgentWhileARedAwaitsClearance() {
    assertEquals(Level.URGENT, AthleteView.shownStatus(Level.URGENT, RED));
  }

  @Test
  void withoutAnAwaitedClearanceTheStandingLevelIsShown() {
    assertEquals(Level.GREEN, AthleteView.shownStatus(Level.GREEN, null));
    assertNull(AthleteView.shownStatus(null, null));
    assertEquals(Level.RED, AthleteView.shownStatus(null, RED));
  }
}
