package com.pullsafe.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * The platform's validator for view-scoped page beans. The validator itself does not serialize;
 * this bean is injected as a proxy, which does, so a page bean that validates still replicates with
 * its session to the other nodes of a cluster.
 */
@ApplicationScoped
public class PageValidation {

  @Inject private Validator validator;

  public Validator validator() {
    return validator;
  }
}
