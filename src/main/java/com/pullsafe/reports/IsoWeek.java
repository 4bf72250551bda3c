package com.pullsafe.reports;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W47}: the training week a report covers (domain brief, "The
 * weekly report"). Validated on creation; the text form sorts in time order.
 */
public final class IsoWeek implements Comparable<IsoWeek>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");
  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 9999;

  /** The furthest time zone ahead of UTC: a week has started somewhere once it has started here. */
  private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  private final int year;
  private final int week;

  private IsoWeek(int year, int week) {
    this.year = year;
    this.week = week;
  }

  /** The week {@code week} of the week-based {@code year}; refuses weeks the year does not have. */
  public static IsoWeek of(int year, int week) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year must be between 1000 and 9999, was " + year);
    }
    if (week < 1 || week > weeksIn(year)) {
      throw new IllegalArgumentException(
          year + " has weeks 1 to " + weeksIn(year) + ", not " + week);
    }
    return new IsoWeek(year, week);
  }

  /** Parses {@code 2026-W47}; throws {@link IllegalArgumentException} for anything else. */
  public static IsoWeek parse(String text) {
    Matcher m = TEXT.matcher(Objects.requireNonNull(text, "text").trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO week such as 2026-W47: " + text);
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The week, when {@code text} is a valid ISO week. */
  public static Optional<IsoWeek> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static IsoWeek containing(LocalDate date) {
    return new IsoWeek(
        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The latest week that has begun anywhere on Earth: a report for a later week is a report for the
   * future, whatever the athlete's time zone.
   */
  public static IsoWeek latestStarted(Clock clock) {
    return containing(LocalDate.ofInstant(clock.instant(), EARLIEST_ZONE));
  }

  /** 52 or 53: the number of ISO weeks of a week-based year. */
  public static int weeksIn(int year) {
    return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  public int year() {
    return year;
  }

  public int week() {
    return week;
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
  }

  public IsoWeek plusWeeks(long weeks) {
    return containing(monday().plusWeeks(weeks));
  }

  public IsoWeek minusWeeks(long weeks) {
    return plusWeeks(-weeks);
  }

  /** How many weeks this week lies before {@code later} (negative when it lies after). */
  public int weeksBefore(IsoWeek later) {
    return (int) ChronoUnit.WEEKS.between(monday(), later.monday());
  }

  public boolean isAfter(IsoWeek other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(IsoWeek other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(week, other.week);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsoWeek other && year == other.year && week == other.week;
  }

  @Override
  public int hashCode() {
    return 53 * year + week;
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
