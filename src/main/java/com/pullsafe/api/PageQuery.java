package com.pullsafe.api;

import com.pullsafe.shared.NumberBounds;
import com.pullsafe.shared.WholeNumber;

/**
 * The {@code page} and {@code size} query parameters of a paged list as sent, checked at the edge:
 * page from 0, size from 1 to {@value PageParams#MAX_SIZE}. Taken as text so that {@code ?size=abc}
 * is a 400 that names the field, not JAX-RS's 404 for an unconvertible query parameter.
 */
public record PageQuery(
    @WholeNumber(
            min = 0,
            max = PageParams.MAX_PAGE,
            required = true,
            message = "{pullsafe.query.page}")
        String page,
    @WholeNumber(
            min = 1,
            max = PageParams.MAX_SIZE,
            required = true,
            message = "{pullsafe.query.size}")
        String size) {

  /** The page asked for; only for a query its constraints accept. */
  public PageParams params() {
    return new PageParams(
        NumberBounds.readWhole(page).intValue(), NumberBounds.readWhole(size).intValue());
  }
}
