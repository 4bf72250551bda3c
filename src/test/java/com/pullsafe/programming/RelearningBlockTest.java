package com.pullsafe.programming;

import static com.pullsafe.programming.Kg.assertKg;
import static com.pullsafe.programming.Kg.kg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelearningBlockTest {

  @Test
  void aBlockIsFiveSetsOfThreeToFourRepsAtThreeToFourSeconds() {
    RelearningBlock block = RelearningBlock.fromEstimatedOneRepMax(kg("200"), kg("2.5"));

    assertEquals(5, block.sets());
    assertEquals(3, block.repsMin());
    assertEquals(4, block.repsMax());
    assertEquals(3, block.tempoSecondsMin());
    assertEquals(4, block.tempoSecondsMax());
  }

  @ParameterizedTest(name = "e1RM {0} kg in {1} kg steps -> {2}..{3} kg")
  @CsvSource({
    "200, 2.5, 150, 160",
    "116.7, 2.5, 87.5, 92.5",
    "116.7, 1.25, 87.5, 92.5",
    "154.0, 2.5, 115, 122.5",
    "155, 1.25, 116.25, 123.75",
    "155, 2.5, 115, 122.5",
    "150, 2.5, 112.5, 120"
  })
  void loadsAreSeventyFiveToEightyPercentRoundedDown(
      String e1rm, String increment, String min, String max) {
    RelearningBlock block = RelearningBlock.fromEstimatedOneRepMax(kg(e1rm), kg(increment));

    assertKg(min, block.loadMinKg());
    assertKg(max, block.loadMaxKg());
  }
}
