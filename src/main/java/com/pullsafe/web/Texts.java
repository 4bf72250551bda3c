package com.pullsafe.web;

import com.pullsafe.shared.Bundle;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The pages' message bundle for backing beans (pages use {@code #{msg[...]}}), in the viewer's
 * language.
 */
@ApplicationScoped
public class Texts {

  private static final Bundle MESSAGES = Bundle.of("com.pullsafe.web.Messages", Texts.class);

  public String get(String key, Object... args) {
    return args.length == 0 ? MESSAGES.text(key) : MESSAGES.text(key, args);
  }
}
