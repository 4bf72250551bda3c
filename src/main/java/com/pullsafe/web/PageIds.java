package com.pullsafe.web;

import com.pullsafe.shared.NotFound;

/** Object ids from page URLs ({@code ?id=}): anything but a positive number is not found. */
public final class PageIds {

  private PageIds() {}

  public static long parse(String id, String what) {
    try {
      long value = Long.parseLong(id == null ? "" : id.strip());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through: not an id
    }
    throw new NotFound(what);
  }
}
