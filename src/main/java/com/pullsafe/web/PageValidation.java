package com.pullsafe.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The validator for view-scoped page beans, with messages worded for pages ({@link PageWording}). A
 * factory of its own: the container's factory is the API's, with the API's wording (no constraint
 * validator of ours needs injection). The validator itself does not serialize; this bean is
 * injected as a proxy, which does, so a page bean that validates still replicates with its session
 * to the other nodes of a cluster.
 */
@ApplicationScoped
public class PageValidation {

  private ValidatorFactory factory;
  private Validator validator;

  @PostConstruct
  void wordForPages() {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    factory =
        configuration
            .messageInterpolator(new PageWording(configuration.getDefaultMessageInterpolator()))
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @PreDestroy
  void close() {
    factory.close();
  }

  public Validator validator() {
    return validator;
  }
}
