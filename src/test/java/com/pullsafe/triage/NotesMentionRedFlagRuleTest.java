package com.pullsafe.triage;

import static com.pullsafe.triage.Fixtures.evaluate;
import static com.pullsafe.triage.Fixtures.quietWeek;
import static com.pullsafe.triage.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pullsafe.reports.StoredFinding;
import com.pullsafe.reports.answers.ReportAnswers;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NotesMentionRedFlagRuleTest {

  private final TriageRule rule = new NotesMentionRedFlagRule();

  private Optional<Finding> notes(String notes) {
    return evaluate(rule, quietWeek().notes(notes).build());
  }

  @ParameterizedTest(name = "\"{1}\" names {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "saddleNumbness | Since Tuesday my groin feels numb.",
        "saddleNumbness | Weird saddle area tingling.",
        "bladderOrBowelChange | Some trouble with my bladder this week.",
        "bladderOrBowelChange | I couldn't control my bowels on Friday.",
        "bothLegs | Pain goes down both legs now.",
        "progressiveLegWeakness | My left leg is getting weaker.",
        "progressiveLegWeakness | The right leg gave way on the stairs.",
        "feverOrUnwell | Had a fever on Wednesday.",
        "feverOrUnwell | Felt unwell all week.",
        "recentTrauma | I fell on the ice on Sunday.",
        "recentTrauma | Slipped in the shower and landed hard.",
        "constantNightPain | The pain at night keeps me awake.",
        "constantNightPain | It woke me up every night."
      })
  void aSignNamedButNotTickedIsAmber(String field, String notes) {
    Finding finding = notes(notes).orElseThrow();

    assertEquals(FindingCode.NOTES_MENTION_RED_FLAG, finding.code());
    assertEquals(Level.AMBER, finding.level());
    assertTrue(
        finding.reason().contains(TriageMessages.text("sign." + field)),
        field + " not named in: " + finding.reason());
  }

  @ParameterizedTest(name = "\"{1}\" with {0} ticked")
  @CsvSource(
      delimiter = '|',
      value = {
        "saddleNumbness | Since Tuesday my groin feels numb.",
        "bladderOrBowelChange | Some trouble with my bladder this week.",
        "bothLegs | Pain goes down both legs now.",
        "progressiveLegWeakness | My left leg is getting weaker.",
        "feverOrUnwell | Had a fever on Wednesday.",
        "recentTrauma | I fell on the ice on Sunday.",
        "constantNightPain | It woke me up every night."
      })
  void aSignNamedAndTickedDoesNotFire(String field, String notes) {
    ReportAnswers report = with(quietWeek().painScore(3), field).notes(notes).build();

    assertTrue(evaluate(rule, report).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Same ache again after every pulling day.",
        "Pain runs down my left leg since Thursday.",
        "Pulled a groin muscle playing football.",
        "Lockout felt weak, grip too.",
        "Still sore, will rest and speed up the warm-up.",
        "Felt strong, good week, new PR at 180.",
        "Auf jeden Fall wieder leichter ziehen, falls es zieht.",
        "Legs felt fine. My lockout is weak."
      })
  void notesWithoutARedFlagSignDoNotFire(String notes) {
    assertTrue(notes(notes).isEmpty(), notes);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  \n "})
  void noNotesNoFinding(String notes) {
    assertTrue(notes(notes).isEmpty());
  }

  @Test
  void theNotesCountEvenWithoutPain() {
    assertTrue(notes("Both legs tingle since Monday.").isPresent());
  }

  @Test
  void caseDoesNotMatter() {
    assertTrue(notes("FEVER on Tuesday").isPresent());
  }

  @Test
  void aCurlyApostropheReadsAsAStraightOne() {
    assertTrue(notes("I can\u2019t sleep for the pain.").isPresent());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "saddleNumbness | Seit Dienstag ein taubes Gefühl im Schritt.",
        "feverOrUnwell | Hatte am Mittwoch Fieber.",
        "bothLegs | Es zieht in beide Beine.",
        "recentTrauma | Bin auf dem Eis gestürzt."
      })
  void germanNotesAreReadToo(String field, String notes) {
    String reason = notes(notes).orElseThrow().reason();

    assertTrue(reason.contains(TriageMessages.text("sign." + field)), reason);
  }

  @Test
  void reasonQuotesTheAthletesOwnWords() {
    String reason = notes("I fell on the stairs on Sunday.").orElseThrow().reason();

    assertEquals(
        "Your notes mention a recent fall or blow (\"fell\"), but the report does not tick it:"
            + " your coach will read your notes and ask you about it.",
        reason);
  }

  @Test
  void reasonNamesEverySignInTheOrderOfTheReport() {
    String reason =
        notes("Fever since Monday, and both legs feel weak. I slipped on Sunday.")
            .orElseThrow()
            .reason();

    assertTrue(
        reason.contains(
            "a leg getting weaker (\"legs … weak\"), symptoms in both legs (\"both legs\"),"
                + " fever or feeling unwell (\"fever\") and a recent fall or blow (\"slipped\")"),
        reason);
  }

  @Test
  void aLongQuoteIsCutSoTheReasonFitsItsColumn() {
    String endless = "weak" + "k".repeat(1900);
    String notes = "legs " + endless + ". " + "fever" + "s".repeat(90);

    String reason = notes(notes).orElseThrow().reason();

    assertTrue(reason.contains("\u2026\")"), reason);
    assertTrue(reason.length() < StoredFinding.REASON_MAX, "length " + reason.length());
  }
}
