package com.pullsafe.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The platform's validator for view-scoped page beans, with messages worded for pages ({@link
 * PageWording}). The validator itself does not serialize; this bean is injected as a proxy, which
 * does, so a page bean that validates still replicates with its session to the other nodes of a
 * cluster.
 */
@ApplicationScoped
public class PageValidation {

  @Inject private ValidatorFactory factory;
  private Validator validator;

  @PostConstruct
  void wordForPages() {
    validator =
        factory
            .usingContext()
            .messageInterpolator(new PageWording(factory.getMessageInterpolator()))
            .getValidator();
  }

  public Validator validator() {
    return validator;
  }
}
