package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerChangesTest {

  private static NewReport.Builder monday() {
    return NewReport.builder("2026-W47").topSet("140", 3).walking(110).notes("fine");
  }

  @Test
  void identicalVersionsChangeNothing() {
    assertEquals(List.of(), AnswerChanges.between(monday().build(), monday().build()));
  }

  @Test
  void eachChangedAnswerIsNamedInTheOrderOfTheReport() {
    NewReport wednesday =
        monday()
            .topSet("142.5", 3)
            .saddleNumbness()
            .bothLegs()
            .walking(40)
            .notes("numb since Wednesday")
            .build();

    assertEquals(
        List.of("topSetKg", "saddleNumbness", "bothLegs", "walkingMinutesPerDay", "notes"),
        AnswerChanges.between(monday().build(), wednesday));
  }

  @Test
  void theSameLoadWrittenDifferentlyAndAnAbsentNoAreNoChange() {
    NewReport written = monday().topSet("140.00", 3).build();
    NewReport absentNo = monday().build();
    absentNo.setSymmetric(null);
    absentNo.setPopFelt(null);
    absentNo.setBothLegs(null);

    assertEquals(List.of(), AnswerChanges.between(monday().build(), written));
    assertEquals(List.of(), AnswerChanges.between(monday().build(), absentNo));
  }

  @Test
  void removingAnAnswerIsAChange() {
    assertEquals(
        List.of("topSetKg", "topSetReps", "notes"),
        AnswerChanges.between(
            monday().build(), NewReport.builder("2026-W47").walking(110).build()));
  }
}
