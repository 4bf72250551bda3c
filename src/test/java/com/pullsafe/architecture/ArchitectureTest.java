package com.pullsafe.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application's own classes keep the architecture rules (see {@link ArchitectureRules}). */
class ArchitectureTest {

  private static final String ROOT = "com.pullsafe";
  private static JavaClasses application;

  @BeforeAll
  static void importApplication() {
    application =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    ArchitectureRules.noPackageCycles(ROOT).check(application);
  }

  @Test
  void servicesNeverImportTheApiOrThePages() {
    ArchitectureRules.boundariesAreNotImportedByServices(ROOT).check(application);
  }

  @Test
  void triageAndProgrammingRulesArePlainJava() {
    ArchitectureRules.ruleEnginesArePlainJava(ROOT).check(application);
  }

  @Test
  void theSharedKernelDependsOnNoFeature() {
    ArchitectureRules.sharedKernelDependsOnNoFeature(ROOT).check(application);
  }

  @Test
  void entitiesChangeOnlyThroughTheirOwnFeature() {
    ArchitectureRules.entitiesChangeOnlyInTheirOwnFeature(ROOT).check(application);
  }
}
