package com.pullsafe.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.ReportAnswers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The build check of the domain brief: "a rule change without a new version must fail the build".
 * Every rule-set version is pinned here with the fingerprint of its rule table, its texts and its
 * outcomes on a fixed corpus ({@link RuleSetFingerprint}); a change to any of them without a new
 * {@link TriageEngine#RULE_SET_VERSION} fails the first test.
 */
class RuleSetFingerprintTest {

  /**
   * One entry per rule-set version, oldest first. Never edit an entry: a changed rule, threshold or
   * text gets a new RULE_SET_VERSION and a new entry with the fingerprint the first test prints.
   * (Versions before 2026.12-2 were released before the fingerprint.)
   */
  private static final Map<String, String> PINNED = new LinkedHashMap<>();

  static {
    PINNED.put("2026.12-2", "25e664830b6cec8814885267a07f3419f61abc2a00d602efbbe7a122bd9700f8");
    // German texts of every finding (issue 16); reasons fingerprinted in every language.
    PINNED.put("2026.12-3", "bd86066ce2f5a803865329c119d2d31140741ed365fdd185614db7acc383269a");
  }

  private static String current;
  private static Set<FindingCode> firing;

  @BeforeAll
  static void fingerprintTheStandardRuleSet() {
    current = RuleSetFingerprint.of(TriageEngine.standard(), RuleSetFingerprint.bundleTexts());
    firing = EnumSet.noneOf(FindingCode.class);
    TriageEngine engine = TriageEngine.standard();
    TriageCorpus.cases()
        .forEach(c -> firing.addAll(engine.triage(c.report(), c.history(), c.settings()).codes()));
  }

  @Test
  void theRuleSetMatchesTheFingerprintPinnedForItsVersion() {
    String version = TriageEngine.RULE_SET_VERSION;

    assertEquals(
        PINNED.get(version),
        current,
        () ->
            "The triage rules or their texts differ from what version "
                + version
                + " was. Give TriageEngine.RULE_SET_VERSION a new value and pin it here:"
                + " PINNED.put(\"<new version>\", \""
                + current
                + "\"). Never change the fingerprint of a version already pinned.");
  }

  @Test
  void theCurrentVersionIsTheNewestPinned() {
    List<String> versions = new ArrayList<>(PINNED.keySet());

    assertEquals(TriageEngine.RULE_SET_VERSION, versions.get(versions.size() - 1));
  }

  @Test
  void everyPinnedVersionHasItsOwnFingerprint() {
    assertEquals(PINNED.size(), new HashSet<>(PINNED.values()).size());
  }

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyRuleFiresSomewhereInTheCorpusSoThatChangingItShows(FindingCode code) {
    assertTrue(firing.contains(code), code + " never fires in TriageCorpus");
  }

  @Test
  void movingTheWalkingTargetByOneMinuteChangesTheFingerprint() {
    TriageRule lowWalking = new LowWalkingRule();
    TriageRule movedByAMinute =
        wrap(
            lowWalking,
            (r, h, s) ->
                lowWalking.evaluate(
                    r,
                    h,
                    new TriageSettings(s.progressionCapPercent(), s.walkingTargetMinutes() + 1)));

    assertNotEquals(current, fingerprint(replace(lowWalking.code(), movedByAMinute)));
  }

  @Test
  void raisingTheCapByAHundredthOfAPercentChangesTheFingerprint() {
    TriageRule overload = new OverloadTooSoonRule();
    BigDecimal hundredth = new BigDecimal("0.01");
    TriageRule raised =
        wrap(
            overload,
            (r, h, s) ->
                overload.evaluate(
                    r,
                    h,
                    new TriageSettings(
                        s.progressionCapPercent().add(hundredth).min(new BigDecimal("5")),
                        s.walkingTargetMinutes())));

    assertNotEquals(current, fingerprint(replace(overload.code(), raised)));
  }

  @Test
  void changingAnyTextChangesTheFingerprint() {
    SortedMap<String, String> texts = new TreeMap<>(RuleSetFingerprint.bundleTexts());
    String key = "TriageMessages.properties:finding.DOMS.advice";
    texts.put(key, texts.get(key) + " ");

    assertNotEquals(current, RuleSetFingerprint.of(TriageEngine.standard(), texts));
  }

  private static String fingerprint(List<TriageRule> rules) {
    return RuleSetFingerprint.of(new TriageEngine(rules), RuleSetFingerprint.bundleTexts());
  }

  private static List<TriageRule> replace(FindingCode code, TriageRule replacement) {
    return TriageEngine.standardRules().stream()
        .map(rule -> rule.code() == code ? replacement : rule)
        .toList();
  }

  private interface Evaluation {
    Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s);
  }

  private static TriageRule wrap(TriageRule original, Evaluation evaluation) {
    return new TriageRule() {
      @Override
      public FindingCode code() {
        return original.code();
      }

      @Override
      public Optional<Finding> evaluate(ReportAnswers r, AthleteHistory h, TriageSettings s) {
        return evaluation.evaluate(r, h, s);
      }
    };
  }
}
