package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundleTest {

  private final Bundle pages = Bundle.of("com.pullsafe.web.Messages", BundleTest.class);

  @Test
  void aChoiceInThePatternGetsTheNumberItChoosesBy() {
    assertEquals("1 answer needs attention", pages.in(Locale.ENGLISH, "errors.summary.title", 1));
    assertEquals("3 answers need attention", pages.in(Locale.ENGLISH, "errors.summary.title", 3));
  }

  @Test
  void aPlainPlaceholderShowsANumberWithoutGroupingOrTrailingZeros() {
    assertEquals("Page 2000 of 2500", pages.in(Locale.ENGLISH, "squad.pageOf", 2000, 2500));
    assertEquals(
        "Page 147.5 of 2", pages.in(Locale.ENGLISH, "squad.pageOf", new BigDecimal("147.50"), 2));
  }
}
