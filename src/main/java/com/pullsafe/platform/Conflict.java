package com.pullsafe.platform;

import jakarta.ejb.ApplicationException;

/** The request clashes with the stored state (a duplicate, or a concurrent change). */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

  public Conflict(String message) {
    super(message);
  }
}
