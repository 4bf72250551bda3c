package com.pullsafe.web;

import com.pullsafe.shared.Language;
import com.pullsafe.shared.WeekNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How pages write times, loads and ISO weeks in the viewer's language: {@code
 * #{formats.dateTime(x)}}, {@code #{formats.kg(x)}}, {@code #{formats.week('2026-W47')}}.
 */
@Named
@ApplicationScoped
public class Formats {

  private static final Map<String, DateTimeFormatter> DATE_TIME =
      Map.of(
          "en", pattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH),
          "de", pattern("d. MMM yyyy, HH:mm 'UTC'", Locale.GERMAN));
  private static final Map<String, DateTimeFormatter> DATE =
      Map.of(
          "en", pattern("d MMM yyyy", Locale.ENGLISH),
          "de", pattern("d. MMM yyyy", Locale.GERMAN));

  public String dateTime(Instant at) {
    return at == null ? "" : inLanguage(DATE_TIME).format(at);
  }

  public String date(Instant at) {
    return at == null ? "" : inLanguage(DATE).format(at);
  }

  /** A load without grouping or trailing zeros, with the language's decimal mark: 147.5, 147,5. */
  public String kg(BigDecimal kg) {
    if (kg == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(locale()));
    return format.format(kg);
  }

  /** An ISO week ("2026-W47") as the viewer's language writes it ({@link WeekNames}). */
  public String week(String isoWeek) {
    return WeekNames.inCurrentLanguage(isoWeek);
  }

  private static <T> T inLanguage(Map<String, T> byLanguage) {
    return byLanguage.getOrDefault(locale().getLanguage(), byLanguage.get("en"));
  }

  private static Locale locale() {
    return Language.current();
  }

  private static DateTimeFormatter pattern(String pattern, Locale locale) {
    return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC);
  }
}
