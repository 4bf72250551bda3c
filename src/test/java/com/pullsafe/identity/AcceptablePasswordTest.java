package com.pullsafe.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The password policy as a constraint names the password's field with the policy's reason. */
class AcceptablePasswordTest {

  @AcceptablePassword(field = "adminPassword")
  private record Credentials(String login, String password) implements NewCredentials {}

  /** What the validator told the context: each call with its first argument. */
  private final List<String> calls = new ArrayList<>();

  private Object recording(Class<?> type) {
    return Proxy.newProxyInstance(
        type.getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          calls.add(method.getName() + (args == null ? "" : " " + args[0]));
          return method.getReturnType().isInterface() ? recording(method.getReturnType()) : null;
        });
  }

  private boolean valid(String login, String password) {
    AcceptablePassword.Check check = new AcceptablePassword.Check();
    check.initialize(Credentials.class.getAnnotation(AcceptablePassword.class));
    return check.isValid(
        new Credentials(login, password),
        (ConstraintValidatorContext) recording(ConstraintValidatorContext.class));
  }

  @Test
  void anAcceptablePasswordPasses() {
    assertTrue(valid("owner@gym.test", "river tulip anchor"));
    assertEquals(List.of(), calls);
  }

  @Test
  void aRefusedPasswordIsNamedByItsFieldWithThePolicysReason() {
    assertFalse(valid("owner@gym.test", "qwertyuiop123"));

    assertEquals(
        List.of(
            "disableDefaultConstraintViolation",
            "buildConstraintViolationWithTemplate "
                + PasswordPolicy.standard().problem("qwertyuiop123", "owner@gym.test").get(),
            "addPropertyNode adminPassword",
            "addConstraintViolation"),
        calls);
  }

  @Test
  void aPasswordContainingTheLoginIsRefused() {
    assertFalse(valid("riverside@gym.test", "riverside-2026-long"));
  }
}
