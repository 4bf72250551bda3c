package com.pullsafe.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule catches what it is for: the fixture packages break one rule each, and the
 * rule reports them, naming the offending class.
 */
class ArchitectureRulesTest {

  private static final String FIXTURE = "com.pullsafe.architecture.fixture";
  private static JavaClasses fixture;

  @BeforeAll
  static void importFixture() {
    fixture = new ClassFileImporter().importPackages(FIXTURE);
  }

  @Test
  void aCycleBetweenTwoPackagesIsReported() {
    String report = failureReport(ArchitectureRules.noPackageCycles(FIXTURE + ".cycle"));
    assertTrue(report.contains("Cycle detected"), report);
  }

  @Test
  void aServiceImportingThePagesIsReported() {
    String report = failureReport(ArchitectureRules.boundariesAreNotImportedByServices(FIXTURE));
    assertTrue(report.contains("fixture.roster.ServiceUsingAPage"), report);
  }

  @Test
  void aRuleEngineUsingJakartaOrAnEntityIsReported() {
    String report = failureReport(ArchitectureRules.ruleEnginesArePlainJava(FIXTURE));
    assertTrue(report.contains("fixture.triage.RuleUsingJakarta"), report);
    assertTrue(report.contains("fixture.triage.RuleReadingAnEntity"), report);
  }

  @Test
  void aSharedKernelClassUsingAFeatureIsReported() {
    String report = failureReport(ArchitectureRules.sharedKernelDependsOnNoFeature(FIXTURE));
    assertTrue(report.contains("fixture.shared.KernelUsingAFeature"), report);
    assertFalse(report.contains("fixture.shared.KernelUsingTheKernel"), report);
  }

  @Test
  void changingAnotherFeaturesEntityIsReportedButReadingItIsNot() {
    String report = failureReport(ArchitectureRules.entitiesChangeOnlyInTheirOwnFeature(FIXTURE));
    assertTrue(report.contains("StoredReport.markReviewed()"), report);
    assertFalse(report.contains("StoredReport.getLevel()"), report);
  }

  private static String failureReport(com.tngtech.archunit.lang.ArchRule rule) {
    var result = rule.evaluate(fixture);
    assertTrue(result.hasViolation(), "the rule should have caught the fixture: " + rule);
    return result.getFailureReport().toString();
  }
}
