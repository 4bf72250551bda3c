package com.pullsafe.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.roster.Athlete;
import com.pullsafe.shared.Language;
import com.pullsafe.testing.TestValidator;
import com.pullsafe.triage.FindingCode;
import com.pullsafe.triage.Level;
import com.pullsafe.triage.TriageEngine;
import com.pullsafe.triage.TriageOutcome;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Domain brief: a stored triage keeps "the texts (reasons and advice) as they were shown then".
 * With two languages, the result keeps them in both, and a reader sees their own language; a result
 * stored before German arrived has none and is shown in English.
 */
class FrozenTranslationsTest {

  private static final Instant NOW = Instant.parse("2026-11-18T19:00:00Z");

  private static TriageResult urgentTriage() {
    ValidReport answers =
        new ReportValidator(TestValidator.get(), IsoWeek.parse("2026-W47"))
            .validate(
                NewReport.builder("2026-W47")
                    .walking(110)
                    .saddleNumbness()
                    .topSet("120", 3)
                    .build());
    TriageOutcome outcome = TriageEngine.standard().triage(answers.answers(), null, null);
    WeeklyReport report = new WeeklyReport(new Athlete() {}, answers, outcome, NOW);
    return new TriageResult(report, outcome, NOW);
  }

  @Test
  void aNewTriageKeepsItsReasonAndAdviceInEnglishAndInGerman() {
    TriageResult triage = urgentTriage();
    StoredFinding finding = triage.getFindings().get(0);

    assertEquals(FindingCode.SERIOUS_PATHOLOGY_SIGNS, finding.getCode());
    assertTrue(finding.getReason().startsWith("You reported numbness around the groin"));
    assertEquals(
        "Sie haben angegeben: Taubheit um den Schritt oder an den Innenseiten der Oberschenkel."
            + " Ein Nerv am unteren Ende der Wirbelsäule könnte unter Druck stehen, und das muss"
            + " heute noch untersucht werden.",
        finding.getReason(Locale.GERMAN));
    assertTrue(finding.getAdvice().contains("qualified clinician"), finding.getAdvice());
    assertTrue(
        finding.getAdvice(Locale.GERMAN).contains("qualifizierte medizinische Fachperson"),
        finding.getAdvice(Locale.GERMAN));
  }

  @Test
  void theReaderSeesTheFrozenTextsInTheirLanguage() {
    TriageResult triage = urgentTriage();
    StoredFinding stored = triage.getFindings().get(0);

    FindingView german = Language.during(Locale.GERMAN, () -> FindingView.of(stored));
    String germanSummary = Language.during(Locale.GERMAN, triage::getLevelSummary);
    FindingView english = FindingView.of(stored);

    assertTrue(german.reason().startsWith("Sie haben angegeben: Taubheit"), german.reason());
    assertTrue(german.advice().startsWith("Beenden Sie jedes Training"), german.advice());
    assertTrue(germanSummary.startsWith("Dringend: Beenden Sie jedes Training"), germanSummary);
    assertTrue(english.reason().startsWith("You reported numbness"), english.reason());
    assertTrue(triage.getLevelSummary().startsWith("Urgent: stop all training"));
    assertEquals(Level.URGENT, triage.getLevel());
  }

  @Test
  void aResultStoredBeforeGermanArrivedIsShownInEnglish() {
    assertEquals("as shown then", FrozenText.in(Locale.GERMAN, "as shown then", null));
    assertEquals("so gezeigt", FrozenText.in(Locale.GERMAN, "as shown then", "so gezeigt"));
    assertEquals("as shown then", FrozenText.in(Locale.ENGLISH, "as shown then", "so gezeigt"));
  }
}
