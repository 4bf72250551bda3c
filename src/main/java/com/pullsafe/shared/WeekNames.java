package com.pullsafe.shared;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO weeks as a reader of the current {@link Language} names them, for pages and mails alike: a
 * German reader writes "KW 47/2026"; English keeps ISO 8601, "2026-W47".
 */
public final class WeekNames {

  private static final Map<String, String> PATTERN = Map.of("en", "{0}-W{1}", "de", "KW {1}/{0}");
  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private WeekNames() {}

  /** The ISO week ("2026-W47") in the current language; anything else as it is, null as "". */
  public static String inCurrentLanguage(String isoWeek) {
    if (isoWeek == null) {
      return "";
    }
    Matcher m = ISO_WEEK.matcher(isoWeek);
    if (!m.matches()) {
      return isoWeek;
    }
    String pattern = PATTERN.getOrDefault(Language.current().getLanguage(), PATTERN.get("en"));
    return pattern.replace("{0}", m.group(1)).replace("{1}", m.group(2));
  }
}
