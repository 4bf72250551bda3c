package com.pullsafe.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.triage.Level;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void aConfirmationKeepsTheTriageLevel() {
    Review review = Review.confirm(null, Level.AMBER, "ok", "c@x.test", "Coach", NOW);

    assertEquals(Level.AMBER, review.standingLevel());
    assertEquals(Decision.CONFIRM, review.getDecision());
  }

  @Test
  void anOverrideSetsTheLevel() {
    Review review =
        Review.override(
            null, Level.AMBER, Level.GREEN, "video fine", null, "c@x.test", "Coach", NOW);

    assertEquals(Level.GREEN, review.standingLevel());
    assertEquals("video fine", review.getReason());
  }

  @Test
  void anOverrideWithoutAReasonCannotExist() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Review.override(null, Level.RED, Level.GREEN, " ", null, "c@x.test", "Coach", NOW));
  }
}
