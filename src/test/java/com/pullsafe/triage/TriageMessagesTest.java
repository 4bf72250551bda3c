package com.pullsafe.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TriageMessagesTest {

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyFindingHasAReasonAndAdvice(FindingCode code) {
    String prefix = "finding." + code.name() + ".reason";
    boolean hasReason =
        TriageMessages.hasKey(prefix)
            || ResourceBundle.getBundle(TriageMessages.BUNDLE, Locale.ENGLISH).keySet().stream()
                .anyMatch(key -> key.startsWith(prefix + "."));

    assertTrue(hasReason, code + " has no reason text");
    assertFalse(TriageMessages.advice(code).in(Locale.ENGLISH).isBlank());
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void everyLevelHasASummary(Level level) {
    assertTrue(TriageMessages.levelSummary(level).startsWith(capitalized(level)));
  }

  @ParameterizedTest
  @CsvSource({"en", "de"})
  void everyNotesLanguageHasItsOwnWordsForEveryRedFlagSign(String language) throws IOException {
    String file = language.equals("en") ? "" : "_" + language;
    Properties words = new Properties();
    try (InputStream in =
        TriageMessages.class.getResourceAsStream("TriageMessages" + file + ".properties")) {
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String field : NotesRedFlags.fields()) {
      String list = words.getProperty("notes.redFlag." + field);
      assertTrue(list != null && !list.isBlank(), language + " has no words for " + field);
    }
    assertTrue(TriageMessages.NOTES_LANGUAGES.contains(Locale.forLanguageTag(language)));
  }

  @Test
  void noticeSaysThePortalCoachesAndDoesNotDiagnose() {
    String notice = TriageMessages.notice();

    assertTrue(notice.contains("supports your coaching"), notice);
    assertTrue(notice.contains("does not diagnose"), notice);
    assertEquals(1, notice.lines().count());
  }

  @ParameterizedTest
  @EnumSource(names = {"SERIOUS_PATHOLOGY_SIGNS", "MEDICAL_RED_FLAG", "DISC_IRRITATION"})
  void redAndUrgentAdviceSendsTheAthleteToAQualifiedClinician(FindingCode code) {
    assertTrue(TriageMessages.advice(code).in(Locale.ENGLISH).contains("qualified clinician"));
  }

  @ParameterizedTest
  @EnumSource(names = {"RED", "URGENT"})
  void redAndUrgentSummariesSendTheAthleteToAQualifiedClinician(Level level) {
    assertTrue(TriageMessages.levelSummary(level).contains("qualified clinician"));
  }

  @Test
  void urgentTextsSayEmergencyCareNowAndStopAllTraining() {
    for (String text :
        List.of(
            TriageMessages.levelSummary(Level.URGENT),
            TriageMessages.advice(FindingCode.SERIOUS_PATHOLOGY_SIGNS).in(Locale.ENGLISH))) {
      String lower = text.toLowerCase(Locale.ENGLISH);
      assertTrue(lower.contains("emergency care now"), text);
      assertTrue(lower.contains("stop all training"), text);
    }
  }

  @Test
  void walkingAdviceCitesTheStudy() {
    String advice = TriageMessages.advice(FindingCode.LOW_WALKING).in(Locale.ENGLISH);

    assertTrue(advice.contains("100 min"), advice);
    assertTrue(advice.contains("78 min"), advice);
    assertTrue(advice.contains("23 %"), advice);
    assertTrue(advice.contains("Haddadj et al., JAMA Netw Open 2025"), advice);
  }

  @Test
  void everyTextRendersWithoutLeftoverQuotesOrPlaceholdersAndOnOneLine() {
    ResourceBundle bundle = ResourceBundle.getBundle(TriageMessages.BUNDLE, Locale.ENGLISH);
    Object[] args = {"a", "b", "c", "d", "e"};
    for (String key : bundle.keySet()) {
      String text = TriageMessages.text(key, args);
      assertFalse(text.contains("''"), key + ": " + text);
      assertFalse(text.contains("{") || text.contains("}"), key + ": " + text);
      assertEquals(1, text.lines().count(), key);
    }
  }

  @Test
  void apostrophesSurviveFormatting() {
    String reason =
        TriageMessages.reasonVariant(FindingCode.OVERLOAD_TOO_SOON, "grinding", 3)
            .in(Locale.ENGLISH);

    assertTrue(TriageMessages.text("finding.MEDICAL_RED_FLAG.reason", 2, "x").contains("doctor's"));
    assertTrue(reason.contains("(3/10)"), reason);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1500, 1500", "147.50, 147.5", "150.0, 150", "0.10, 0.1", "1E+3, 1000"})
  void numbersAreWrittenPlainly(String value, String expected) {
    assertEquals(expected, TriageMessages.plain(new BigDecimal(value)));
  }

  @Test
  void largeIntegersHaveNoGroupingSeparator() {
    assertEquals(
        "1440", TriageMessages.text("finding.LOW_WALKING.reason", 1440, 1440).split(" ")[3]);
  }

  @Test
  void listsAreJoinedWithCommasAndAnd() {
    assertEquals("", joined());
    assertEquals("a", joined("a"));
    assertEquals("a and b", joined("a", "b"));
    assertEquals("a, b and c", joined("a", "b", "c"));
  }

  @Test
  void aFindingKnowsItsAdvice() {
    Finding finding = Finding.of(FindingCode.DOMS, "sore");

    assertEquals(TriageMessages.advice(FindingCode.DOMS).in(Locale.ENGLISH), finding.advice());
    assertEquals(Level.GREEN, finding.level());
  }

  private static String joined(String... parts) {
    List<Wording> wordings = new ArrayList<>();
    for (String part : parts) {
      wordings.add(new Wording.Fixed(part));
    }
    return TriageMessages.joinAnd(wordings).in(Locale.ENGLISH);
  }

  private static String capitalized(Level level) {
    String name = level.name().toLowerCase(Locale.ENGLISH);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
