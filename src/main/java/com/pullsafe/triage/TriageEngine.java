package com.pullsafe.triage;

import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the triage table of the domain brief over one report: every rule is evaluated, the findings
 * are sorted (level high to low, then table order), the level is the highest finding level (GREEN
 * when none), and suggestions follow from the findings. Plain Java, no state beyond the rules.
 */
public final class TriageEngine {

  /**
   * Stored with every triage result, so a later rule change never rewrites history. Give it a new
   * value whenever a rule, a threshold or a text of the triage bundle changes:
   * RuleSetFingerprintTest pins a fingerprint of the rule table and of a fixed corpus of outcomes
   * per version, and fails the build until the new version is pinned.
   */
  public static final String RULE_SET_VERSION = "2026.12-3";

  private static final Comparator<Finding> MOST_SEVERE_FIRST =
      Comparator.comparing(Finding::level).reversed().thenComparing(Finding::code);

  private final List<TriageRule> rules;

  public TriageEngine(List<TriageRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The engine with every rule of the table. */
  public TriageEngine() {
    this(standardRules());
  }

  public static TriageEngine standard() {
    return new TriageEngine();
  }

  /** One rule per row of the triage table, in table order. */
  public static List<TriageRule> standardRules() {
    return List.of(
        new SeriousPathologySignsRule(),
        new MedicalRedFlagRule(),
        new DiscIrritationRule(),
        new ErectorStrainRule(),
        new PoorBracingRule(),
        new SetupFaultRule(),
        new GluteUnderuseRule(),
        new OverloadTooSoonRule(),
        new RecurringPainRule(),
        new DomsRule(),
        new NotesMentionRedFlagRule(),
        new LowWalkingRule());
  }

  public List<TriageRule> rules() {
    return rules;
  }

  public TriageOutcome triage(
      ReportAnswers report, AthleteHistory history, TriageSettings settings) {
    Objects.requireNonNull(report, "report");
    AthleteHistory h = history == null ? AthleteHistory.none() : history;
    TriageSettings s = settings == null ? TriageSettings.defaults() : settings;

    List<Finding> findings =
        rules.stream()
            .map(rule -> rule.evaluate(report, h, s))
            .flatMap(Optional::stream)
            .sorted(MOST_SEVERE_FIRST)
            .toList();
    Level level = findings.stream().map(Finding::level).reduce(Level.GREEN, Level::highest);
    return new TriageOutcome(level, findings, Suggestions.forFindings(findings), RULE_SET_VERSION);
  }
}
