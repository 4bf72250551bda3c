package com.pullsafe.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.PainSpread;
import com.pullsafe.shared.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The safety wording in German says what the English says (domain brief, "Safety wording"): the
 * portal supports coaching and does not diagnose; RED and URGENT send the athlete to a qualified
 * clinician; URGENT says emergency care now and stop all training.
 */
class TriageInGermanTest {

  private static final String CLINICIAN = "qualifizierte medizinische Fachperson";
  private static final String CLINICIAN_DATIVE = "qualifizierten medizinischen Fachperson";

  @Test
  void theNoticeSaysThePortalSupportsCoachingAndDoesNotDiagnose() {
    String notice = Language.during(Locale.GERMAN, TriageMessages::notice);

    assertTrue(notice.startsWith("PullSafe unterstützt Ihr Coaching; es stellt keine Diagnose."));
    assertTrue(notice.contains(CLINICIAN), notice);
    assertEquals(1, notice.lines().count());
  }

  @ParameterizedTest
  @EnumSource(names = {"SERIOUS_PATHOLOGY_SIGNS", "MEDICAL_RED_FLAG", "DISC_IRRITATION"})
  void redAndUrgentAdviceSendsTheAthleteToAQualifiedClinician(FindingCode code) {
    String advice = TriageMessages.advice(code).in(Locale.GERMAN);

    assertTrue(advice.contains(CLINICIAN) || advice.contains(CLINICIAN_DATIVE), advice);
  }

  @ParameterizedTest
  @EnumSource(names = {"RED", "URGENT"})
  void redAndUrgentSummariesSendTheAthleteToAQualifiedClinician(Level level) {
    String summary = TriageMessages.levelSummary(level, Locale.GERMAN);

    assertTrue(summary.contains(CLINICIAN_DATIVE), summary);
  }

  @Test
  void urgentTextsSayEmergencyCareNowAndStopAllTraining() {
    for (String text :
        new String[] {
          TriageMessages.levelSummary(Level.URGENT, Locale.GERMAN),
          TriageMessages.advice(FindingCode.SERIOUS_PATHOLOGY_SIGNS).in(Locale.GERMAN)
        }) {
      assertTrue(text.contains("Beenden Sie jedes Training"), text);
      assertTrue(text.contains("jetzt Notfallhilfe"), text);
    }
  }

  @Test
  void aFindingIsWrittenInEachLanguageFromTheSameInputs() {
    Finding strain =
        new ErectorStrainRule()
            .evaluate(
                Fixtures.pain(6, PainCharacter.SHARP)
                    .painSpread(PainSpread.LOCALIZED)
                    .worseBendingOrExtending(true)
                    .build(),
                AthleteHistory.none(),
                Fixtures.CAP_5)
            .orElseThrow();

    assertTrue(strain.reason().startsWith("Sharp pain in one spot (6/10)"), strain.reason());
    assertEquals(
        "Stechender Schmerz an einer Stelle (6/10), der beim Vorbeugen oder Überstrecken stärker"
            + " wird: Das sieht nach einem gezerrten Rückenmuskel aus.",
        strain.reason(Locale.GERMAN));
  }

  @Test
  void germanReasonsWriteDecimalsWithAComma() {
    Finding jump =
        new OverloadTooSoonRule()
            .evaluate(
                Fixtures.quietWeek().topSet("147.5", 3).build(),
                Fixtures.previousTopSet("140"),
                Fixtures.CAP_5)
            .orElseThrow();

    assertTrue(jump.reason().startsWith("Top set 147.5 kg is 5.4 % up"), jump.reason());
    assertTrue(
        jump.reason(Locale.GERMAN).startsWith("Der Top-Satz mit 147,5 kg liegt 5,4 % über"),
        jump.reason(Locale.GERMAN));
  }

  @Test
  void joinedSignsUseTheLanguagesWordForAnd() {
    Wording both =
        TriageMessages.joinAnd(
            List.of(
                TriageMessages.wording("sign.feverOrUnwell"),
                TriageMessages.wording("sign.recentTrauma")));

    assertEquals("fever or feeling unwell and a recent fall or blow", both.in(Locale.ENGLISH));
    assertEquals(
        "Fieber oder Unwohlsein und ein Sturz oder Schlag vor Kurzem", both.in(Locale.GERMAN));
  }
}
