package com.pullsafe.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write times and loads: {@code #{formats.dateTime(x)}}, {@code #{formats.kg(x)}}. */
@Named
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  public String dateTime(Instant at) {
    return at == null ? "" : DATE_TIME.format(at);
  }

  public String date(Instant at) {
    return at == null ? "" : DATE.format(at);
  }

  /** A load without trailing zeros: 147.5, 150. */
  public String kg(BigDecimal kg) {
    return kg == null ? "" : kg.stripTrailingZeros().toPlainString();
  }
}
