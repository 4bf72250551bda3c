package com.pullsafe.programming;

import static com.pullsafe.programming.Kg.assertKg;
import static com.pullsafe.programming.Kg.kg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelearningBlockTest {

  private static RelearningBlock block(String e1rm, String increment) {
    return RelearningBlock.fromEstimatedOneRepMax(kg(e1rm), kg(increment)).orElseThrow();
  }

  @Test
  void aBlockIsFiveSetsOfThreeToFourRepsAtThreeToFourSeconds() {
    RelearningBlock block = block("200", "2.5");

    assertEquals(5, block.sets());
    assertEquals(3, block.repsMin());
    assertEquals(4, block.repsMax());
    assertEquals(3, block.tempoSecondsMin());
    assertEquals(4, block.tempoSecondsMax());
  }

  @ParameterizedTest(name = "e1RM {0} kg in {1} kg steps -> {2}..{3} kg")
  @CsvSource({
    "200, 2.5, 150, 160",
    "116.7, 2.5, 90, 92.5",
    "116.7, 1.25, 88.75, 92.5",
    "154.0, 2.5, 117.5, 122.5",
    "155, 1.25, 116.25, 123.75",
    "155, 2.5, 117.5, 122.5",
    "150, 2.5, 112.5, 120"
  })
  void theLowerLoadIsRoundedUpAndTheUpperLoadDown(
      String e1rm, String increment, String min, String max) {
    RelearningBlock block = block(e1rm, increment);

    assertKg(min, block.loadMinKg());
    assertKg(max, block.loadMaxKg());
  }

  @ParameterizedTest(name = "{0} kg steps")
  @ValueSource(strings = {"0.5", "1.25", "2.5", "5"})
  void bothLoadsStayInsideSeventyFiveToEightyPercentWheneverAPlateStepFits(String increment) {
    for (BigDecimal e1rm = kg("40"); e1rm.compareTo(kg("400")) <= 0; e1rm = e1rm.add(kg("0.1"))) {
      RelearningBlock block = block(e1rm.toPlainString(), increment);
      BigDecimal low = Loads.percentOf(e1rm, kg("75"));
      BigDecimal high = Loads.percentOf(e1rm, kg("80"));
      boolean stepFits = Loads.roundUpToIncrement(low, kg(increment)).compareTo(high) <= 0;
      if (stepFits) {
        assertTrue(block.loadMinKg().compareTo(low) >= 0, e1rm + ": " + block);
        assertTrue(block.loadMaxKg().compareTo(high) <= 0, e1rm + ": " + block);
        assertTrue(block.loadMinKg().compareTo(block.loadMaxKg()) <= 0, e1rm + ": " + block);
      }
    }
  }

  @ParameterizedTest(name = "e1RM {0} kg in {1} kg steps -> {2} kg")
  @CsvSource({"34, 2.5, 25", "12, 2.5, 7.5", "42, 5, 30"})
  void withNoPlateStepInsideTheBandBothLoadsAreTheHeaviestStepBelowIt(
      String e1rm, String increment, String load) {
    RelearningBlock block = block(e1rm, increment);

    assertKg(load, block.loadMinKg());
    assertKg(load, block.loadMaxKg());
  }

  @Test
  void noLoadIsEverAboveEightyPercent() {
    for (BigDecimal e1rm = kg("4"); e1rm.compareTo(kg("120")) <= 0; e1rm = e1rm.add(kg("0.1"))) {
      RelearningBlock block = block(e1rm.toPlainString(), "2.5");

      assertTrue(
          block.loadMaxKg().compareTo(Loads.percentOf(e1rm, kg("80"))) <= 0, e1rm + ": " + block);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "2", "0.5"})
  void aLiftTooLightForOnePlateStepGetsNoBlock(String e1rm) {
    assertTrue(RelearningBlock.fromEstimatedOneRepMax(kg(e1rm), kg("2.5")).isEmpty());
  }
}
