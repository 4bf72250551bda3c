package com.pullsafe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers as people type them on the pages. */
class FormNumbersTest {

  private final FormNumbers numbers = new FormNumbers(new Texts());

  @Test
  void aDecimalCommaIsReadAsADecimalPoint() {
    assertEquals(new BigDecimal("152.5"), numbers.decimal("topSetKg", "152,5"));
    assertEquals(new BigDecimal("152.5"), numbers.decimal("topSetKg", " 152.5 "));
  }

  @Test
  void blanksAreAbsent() {
    assertNull(numbers.decimal("topSetKg", "  "));
    assertNull(numbers.whole("walkingMinutesPerDay", null));
  }

  @Test
  void everythingWrongIsReportedAtOnceWhenANumberCannotBeRead() {
    BigDecimal kg = numbers.decimal("topSetKg", "-5");
    Integer walking = numbers.whole("walkingMinutesPerDay", "lots");

    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                numbers.orThrow(
                    () -> {
                      assertEquals(-1, kg.signum());
                      assertNull(walking);
                      throw new InvalidInput(
                          List.of(
                              new FieldError("topSetKg", "must be more than 0"),
                              new FieldError("walkingMinutesPerDay", "is required")));
                    }));

    assertEquals(
        List.of("walkingMinutesPerDay: must be a whole number", "topSetKg: must be more than 0"),
        refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
  }

  @Test
  void nothingIsCheckedHereWhenEveryNumberWasRead() {
    numbers.decimal("topSetKg", "140");

    numbers.orThrow(
        () -> {
          throw new AssertionError("the service checks then");
        });
  }

  @Test
  void aWholeNumberWithDecimalsIsUnreadable() {
    assertNull(numbers.whole("walkingMinutesPerDay", "12.5"));
    assertThrows(InvalidInput.class, () -> numbers.orThrow(() -> {}));
  }

  /** "1." and 200 000 zeros once cost seconds of CPU to read and to strip of its zeros. */
  @Test
  void aNumberLongerThanAnyFieldNeedsIsRefusedUnread() {
    assertNull(numbers.decimal("topSetKg", "1." + "0".repeat(200_000)));
    assertNull(numbers.whole("walkingMinutesPerDay", "1" + "0".repeat(200_000)));

    InvalidInput refused = assertThrows(InvalidInput.class, () -> numbers.orThrow(() -> {}));

    assertEquals(
        List.of(
            "topSetKg: must be a number of at most 20 characters",
            "walkingMinutesPerDay: must be a number of at most 20 characters"),
        refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
  }

  @Test
  void twentyCharactersAreStillReadAsANumber() {
    assertEquals(
        new BigDecimal("140.0000000000000000"),
        numbers.decimal("topSetKg", "140.0000000000000000"));
  }
}
