package com.pullsafe.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.audit.AuditAction;
import com.pullsafe.audit.AuditLogService;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.Violations;
import com.pullsafe.testing.TestValidator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit trail's filters as the API reads them: each unreadable one refused by name. */
class AuditQueryTest {

  private static List<String> refused(AuditQuery query) {
    return assertThrows(
            InvalidInput.class, () -> Violations.requireValid(TestValidator.get(), query))
        .errors()
        .stream()
        .map(e -> e.field() + ": " + e.message())
        .toList();
  }

  @Test
  void theDaysAreReadInUtcWithTheLastDayIncluded() {
    AuditQuery query = new AuditQuery(" SETTINGS_CHANGED ", "ana", "2026-11-01", " 2026-11-30 ");

    AuditLogService.Filter filter = Violations.requireValid(TestValidator.get(), query).filter();

    assertEquals(AuditAction.SETTINGS_CHANGED, filter.action());
    assertEquals("ana", filter.actor());
    assertEquals(Instant.parse("2026-11-01T00:00:00Z"), filter.from());
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), filter.to());
  }

  @Test
  void blankFiltersAreAbsent() {
    AuditLogService.Filter filter = new AuditQuery(" ", null, "", " ").filter();

    assertNull(filter.action());
    assertNull(filter.from());
    assertNull(filter.to());
  }

  @Test
  void anUnknownActionAnImpossibleDayOrAnOverlongActorAreRefusedTogether() {
    List<String> errors =
        refused(new AuditQuery("DELETED", "a".repeat(255), "2026-02-30", "30.11.2026"));

    assertEquals(
        List.of("action", "actor", "from", "to"),
        errors.stream().map(e -> e.substring(0, e.indexOf(':'))).toList());
    assertEquals("from: must be a date such as 2026-11-30", errors.get(2));
    assertEquals("actor: must be at most 254 characters", errors.get(1));
  }

  @Test
  void aDayWithMoreDigitsThanFourInItsYearIsRefused() {
    assertEquals(
        List.of("from: must be a date such as 2026-11-30"),
        refused(new AuditQuery(null, null, "+12026-01-01", null)));
  }
}
