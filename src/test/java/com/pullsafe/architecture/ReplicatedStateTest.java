package com.pullsafe.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the HTTP session is replicated to the other nodes, view-scoped and session-scoped
 * beans included: whatever they hold must serialize. Weld checks their injected dependencies at
 * deployment; this checks their state, down through the application's own types, so that a field
 * that cannot be replicated fails here rather than on the first failover.
 */
class ReplicatedStateTest {

  @Test
  void everyViewAndSessionScopedBeanHoldsOnlySerializableState() {
    List<Class<?>> beans = sessionStateBeans();
    assertFalse(beans.isEmpty(), "no view- or session-scoped beans found");

    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      problems.addAll(unserializableState(bean));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aFieldOfAnUnserializableTypeIsFound() {
    assertEquals(
        List.of(HoldsAThread.class.getName() + ".worker: java.lang.Thread is not Serializable"),
        unserializableState(HoldsAThread.class));
  }

  @Test
  void anUnserializableTypeInsideAListOrARecordIsFound() {
    List<String> problems = unserializableState(HoldsNestedState.class);

    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("java.lang.Thread"), problems.toString());
    assertTrue(problems.get(1).contains("java.lang.Thread"), problems.toString());
  }

  @Test
  void injectedProxiesAndTransientFieldsAreNotState() {
    assertEquals(List.of(), unserializableState(HoldsOnlyServices.class));
  }

  @Test
  void anInjectedObjectThatIsNoProxyMustSerialize() {
    assertEquals(
        List.of(
            HoldsAValidator.class.getName()
                + ".validator: jakarta.validation.Validator is not Serializable"),
        unserializableState(HoldsAValidator.class));
  }

  private static List<Class<?>> sessionStateBeans() {
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.pullsafe")) {
      if (type.isAnnotatedWith(ViewScoped.class) || type.isAnnotatedWith(SessionScoped.class)) {
        beans.add(type.reflect());
      }
    }
    return beans;
  }

  /** Problems with the state of {@code bean}, one line each: "Class.field: why". */
  static List<String> unserializableState(Class<?> bean) {
    List<String> problems = new ArrayList<>();
    if (!Serializable.class.isAssignableFrom(bean)) {
      problems.add(bean.getName() + " is not Serializable");
    }
    checkFields(bean, problems, new HashSet<>());
    return problems;
  }

  private static void checkFields(Class<?> type, List<String> problems, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (isState(field)) {
          checkType(field.getGenericType(), c.getName() + "." + field.getName(), problems, seen);
        }
      }
    }
  }

  private static boolean isState(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isSynthetic()
        && !(field.isAnnotationPresent(Inject.class) && isProxied(field.getType()));
  }

  /** A normal-scoped bean or an EJB: what is injected is a proxy, which serializes. */
  private static boolean isProxied(Class<?> type) {
    for (Annotation annotation : type.getAnnotations()) {
      Class<? extends Annotation> kind = annotation.annotationType();
      if (kind.isAnnotationPresent(NormalScope.class)
          || kind == Stateless.class
          || kind == Singleton.class
          || kind == Stateful.class) {
        return true;
      }
    }
    return false;
  }

  private static void checkType(
      Type type, String where, List<String> problems, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      checkType(parameterized.getRawType(), where, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        checkType(argument, where, problems, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
      return;
    }
    if (c.isInterface()
        && (c.getName().startsWith("java.") || Serializable.class.isAssignableFrom(c))) {
      return; // a collection is checked through its type arguments
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(where + ": " + c.getName() + " is not Serializable");
    } else if (c.getName().startsWith("com.pullsafe.")) {
      checkFields(c, problems, seen);
    }
  }

  @SuppressWarnings("unused")
  static class HoldsAThread implements Serializable {
    private String name;
    private Thread worker;
  }

  record Worker(Thread thread) implements Serializable {}

  @SuppressWarnings("unused")
  static class HoldsNestedState implements Serializable {
    private List<Worker> workers;
    private List<Thread> threads;
  }

  @ApplicationScoped
  static class SomeService {}

  @SuppressWarnings("unused")
  static class HoldsOnlyServices implements Serializable {
    @Inject private SomeService service;
    private transient Thread cache;
  }

  @SuppressWarnings("unused")
  static class HoldsAValidator implements Serializable {
    @Inject private Validator validator;
  }
}
