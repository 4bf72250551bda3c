package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.Violations;
import com.pullsafe.testing.TestValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Query parameters as the API reads them: each unreadable one refused by name. */
class PageQueryTest {

  private static List<String> refused(Object... queries) {
    return assertThrows(
            InvalidInput.class, () -> Violations.requireEachValid(TestValidator.get(), queries))
        .errors()
        .stream()
        .map(e -> e.field() + ": " + e.message())
        .toList();
  }

  @Test
  void aPageIsReadWithBlanksAroundIt() {
    PageQuery query = new PageQuery(" 2 ", "50");

    Violations.requireValid(TestValidator.get(), query);
    assertEquals(new PageParams(2, 50), query.params());
  }

  @Test
  void pageAndSizeOutOfRangeOrUnreadableAreRefusedTogether() {
    assertEquals(
        List.of(
            "page: must be a whole number from 0", "size: must be a whole number from 1 to 200"),
        refused(new PageQuery("-1", "abc")));
    assertEquals(
        List.of("size: must be a whole number from 1 to 200"), refused(new PageQuery("0", "201")));
  }

  @Test
  void theQueueFiltersAreRefusedBeforeThePage() {
    assertEquals(
        List.of(
            "flagged: must be true: the queue holds flagged reports",
            "status: must be OPEN or REVIEWED",
            "level: must be one of GREEN, AMBER, RED, URGENT",
            "athleteId: must be an athlete's id",
            "page: must be a whole number from 0"),
        refused(new QueueQuery("false", "SHUT", "PURPLE", "x"), new PageQuery("", "50")));
  }

  @Test
  void blankFiltersAreAbsent() {
    QueueQuery query = new QueueQuery(" true ", "REVIEWED", " ", null);

    Violations.requireValid(TestValidator.get(), query);
    assertEquals(null, query.filter().level());
    assertEquals(null, query.filter().athleteId());
  }
}
