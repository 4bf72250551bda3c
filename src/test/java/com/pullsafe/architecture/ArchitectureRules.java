package com.pullsafe.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

/**
 * The rules the code keeps, for the packages under {@code root}: each package a slice of its own
 * (so {@code web} and {@code web.coach} count apart), and a boundary, an engine or the kernel known
 * by its package name. Kept apart from the test so that {@code ArchitectureRulesTest} can show each
 * rule failing on a fixture that breaks it.
 */
final class ArchitectureRules {

  private ArchitectureRules() {}

  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  /** Services never reach up into the API or the pages. */
  static ArchRule boundariesAreNotImportedByServices(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(root + ".api..", root + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".api..", root + ".web..");
  }

  /** The triage and programming rules are plain Java: no container, no persistence, no entity. */
  static ArchRule ruleEnginesArePlainJava(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".triage..", root + ".programming..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta..")
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class);
  }

  /** The shared kernel depends on no feature, so every feature may depend on it. */
  static ArchRule sharedKernelDependsOnNoFeature(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".shared..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(root + "..").and(resideOutsideOfPackage(root + ".shared..")));
  }

  /**
   * An entity changes only through its own feature: classes of other packages may read it (getters,
   * views) but never call anything else on it.
   */
  static ArchRule entitiesChangeOnlyInTheirOwnFeature(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should(callAnotherFeaturesEntityToChangeIt());
  }

  private static ArchCondition<JavaClass> callAnotherFeaturesEntityToChangeIt() {
    return new ArchCondition<>("change another feature's entity") {
      @Override
      public void check(JavaClass caller, ConditionEvents events) {
        for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
          JavaClass owner = call.getTargetOwner();
          if (owner.isAnnotatedWith(Entity.class)
              && !owner.getPackageName().equals(caller.getPackageName())
              && !isRead(call.getName())) {
            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
          }
        }
      }
    };
  }

  private static boolean isRead(String method) {
    return method.startsWith("get")
        || method.startsWith("is")
        || method.startsWith("has")
        || method.equals("view")
        || method.equals("equals")
        || method.equals("hashCode")
        || method.equals("toString");
  }
}
