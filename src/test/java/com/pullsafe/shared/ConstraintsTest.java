package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.identity.UserAccount;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The platform's own constraints, checked as Jakarta Validation calls them. */
class ConstraintsTest {

  @Storable
  @Between(min = "0.25", max = "25")
  private static final Object ANNOTATED = null;

  private static <A extends java.lang.annotation.Annotation> A annotation(Class<A> type) {
    try {
      return ConstraintsTest.class.getDeclaredField("ANNOTATED").getAnnotation(type);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean between(Number value) {
    Between.Check check = new Between.Check();
    check.initialize(annotation(Between.class));
    return check.isValid(value, null);
  }

  @Test
  void textWithUPlus0000OrALoneSurrogateIsNotStorable() {
    Storable.Check storable = new Storable.Check();

    assertFalse(storable.isValid("phone\u0000", null));
    assertFalse(storable.isValid("mia\uD83D@demo.test", null));
    assertTrue(storable.isValid("Mia's phone \uD83D\uDCF1", null));
    assertTrue(storable.isValid(null, null));
  }

  @Test
  void betweenIncludesBothBoundsForWholeAndDecimalNumbers() {
    assertTrue(between(new BigDecimal("0.25")));
    assertTrue(between(25));
    assertTrue(between(new BigDecimal("25.00")));
    assertTrue(between(null));
    assertFalse(between(new BigDecimal("0.249")));
    assertFalse(between(26L));
    assertFalse(between(new BigDecimal("1E+999999999")));
  }

  /** Blank is @NotBlank's to refuse, so an empty e-mail field gets one message, not two. */
  @Test
  void theEmailPatternTakesAnAddressWithBlanksAroundItAndLeavesBlankAlone() {
    Pattern email = Pattern.compile(UserAccount.EMAIL_PATTERN);

    assertTrue(email.matcher(" mia@demo.test ").matches());
    assertTrue(email.matcher("mia\uD83D@demo.test").matches());
    assertTrue(email.matcher("").matches());
    assertFalse(email.matcher("nobody").matches());
    assertFalse(email.matcher("mia@demo").matches());
    assertFalse(email.matcher("mia@@demo.test").matches());
  }
}
