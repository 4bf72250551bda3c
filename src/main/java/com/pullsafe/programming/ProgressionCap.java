package com.pullsafe.programming;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The weekly progression cap (domain brief, "Weekly progression cap"): a tenant setting between 2.5
 * % and 5 %, lowered to 2.5 % for an athlete with an AMBER-or-higher report in the last 4 weeks.
 */
public final class ProgressionCap {

  public static final String MIN_PERCENT_TEXT = "2.5";
  public static final String MAX_PERCENT_TEXT = "5";
  public static final BigDecimal MIN_PERCENT = new BigDecimal(MIN_PERCENT_TEXT);
  public static final BigDecimal MAX_PERCENT = new BigDecimal(MAX_PERCENT_TEXT);
  public static final BigDecimal DEFAULT_PERCENT = MAX_PERCENT;

  /** The cap for an athlete flagged AMBER or higher in the last 4 weeks. */
  public static final BigDecimal AFTER_FLAG_PERCENT = new BigDecimal("2.5");

  private ProgressionCap() {}

  /** True when {@code percent} is an allowed tenant setting (2.5 to 5, both included). */
  public static boolean isValidTenantCap(BigDecimal percent) {
    return percent != null
        && percent.compareTo(MIN_PERCENT) >= 0
        && percent.compareTo(MAX_PERCENT) <= 0;
  }

  /** The cap that applies to the athlete this week; never above the tenant's cap. */
  public static BigDecimal capPercent(
      BigDecimal tenantCapPercent, boolean amberOrWorseInLast4Weeks) {
    Objects.requireNonNull(tenantCapPercent, "tenantCapPercent");
    if (amberOrWorseInLast4Weeks) {
      return tenantCapPercent.min(AFTER_FLAG_PERCENT);
    }
    return tenantCapPercent;
  }

  /**
   * The heaviest top set allowed next week: {@code lastTopSetKg} × (1 + cap / 100), rounded down to
   * the plate increment.
   */
  public static BigDecimal nextTopSetMaxKg(
      BigDecimal lastTopSetKg, BigDecimal capPercent, BigDecimal plateIncrementKg) {
    Objects.requireNonNull(lastTopSetKg, "lastTopSetKg");
    Objects.requireNonNull(capPercent, "capPercent");
    BigDecimal allowed = lastTopSetKg.add(Loads.percentOf(lastTopSetKg, capPercent));
    return Loads.roundDownToIncrement(allowed, plateIncrementKg);
  }
}
