package com.pullsafe.api;

import java.util.List;

/**
 * A page of a paged list: page from 0, size from 1 to {@value #MAX_SIZE} (see {@link PageQuery}).
 */
public record PageParams(int page, int size) {

  public static final int MAX_SIZE = 200;
  public static final String DEFAULT_SIZE = "50";
  static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

  /** The page of {@code items} out of {@code total}. */
  public <T> Page<T> of(List<T> items, long total) {
    return new Page<>(items, total, page, size);
  }
}
