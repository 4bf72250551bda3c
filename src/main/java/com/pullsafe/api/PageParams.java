package com.pullsafe.api;

import com.pullsafe.platform.Bundle;
import com.pullsafe.platform.FieldChecks;
import java.util.List;

/**
 * The {@code page} and {@code size} query parameters of a paged list, checked at the edge: page
 * from 0, size from 1 to {@value #MAX_SIZE}. Taken as text so that {@code ?size=abc} is a 400 that
 * names the field, not JAX-RS's 404 for an unconvertible query parameter.
 */
public record PageParams(int page, int size) {

  public static final int MAX_SIZE = 200;
  public static final String DEFAULT_SIZE = "50";
  private static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
  private static final Bundle TEXTS = Bundle.of("ValidationMessages", PageParams.class);

  public static PageParams of(String page, String size) {
    Integer p = parse(page);
    Integer s = parse(size);
    new FieldChecks()
        .check(p != null && p >= 0 && p <= MAX_PAGE, "page", TEXTS.text("pullsafe.query.page"))
        .check(
            s != null && s >= 1 && s <= MAX_SIZE,
            "size",
            TEXTS.text("pullsafe.query.size", MAX_SIZE))
        .orThrow();
    return new PageParams(p, s);
  }

  /** The page of {@code items} out of {@code total}. */
  public <T> Page<T> of(List<T> items, long total) {
    return new Page<>(items, total, page, size);
  }

  private static Integer parse(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
