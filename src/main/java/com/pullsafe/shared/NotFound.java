package com.pullsafe.shared;

import jakarta.ejb.ApplicationException;

/** The object does not exist, or the caller may not know that it does: the same answer. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

  public NotFound(String what) {
    super(what + " not found");
  }
}
