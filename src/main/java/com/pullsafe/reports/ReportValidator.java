package com.pullsafe.reports;

import com.pullsafe.platform.Bundle;
import com.pullsafe.platform.FieldChecks;
import com.pullsafe.platform.NumberBounds;
import com.pullsafe.platform.StorableText;
import com.pullsafe.triage.Onset;
import com.pullsafe.triage.PainCharacter;
import com.pullsafe.triage.PainSpread;
import com.pullsafe.triage.ReportFacts;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks every field of a weekly report against the domain brief ("The weekly report"): ranges,
 * codes, painCharacter when in pain, no week in the future, no character PostgreSQL cannot store,
 * and for an amendment the report's own week. Every bad field is reported at once, by its name;
 * plain Java, no container. With painScore 0 the answers that describe pain are stored as absent,
 * however the report came in: this is the one place that clears them. The once-per-week rule needs
 * the database and lives in the service.
 */
public final class ReportValidator {

  public static final BigDecimal TOP_SET_KG_MAX = new BigDecimal("1000");
  public static final int TOP_SET_KG_DECIMALS = 2;
  public static final int TOP_SET_REPS_MIN = 1;
  public static final int TOP_SET_REPS_MAX = 30;
  public static final int PAIN_SCORE_MAX = 10;
  public static final int DAYS_LASTING_MAX = 60;
  public static final int WALKING_MINUTES_MAX = 1440;
  public static final int NOTES_MAX = 2000;

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.reports.ReportMessages", ReportValidator.class);

  private final IsoWeek latestAllowedWeek;
  private final IsoWeek amendedWeek;

  /**
   * @param latestAllowedWeek the latest week that has started; later weeks are refused
   */
  public ReportValidator(IsoWeek latestAllowedWeek) {
    this(latestAllowedWeek, null);
  }

  private ReportValidator(IsoWeek latestAllowedWeek, IsoWeek amendedWeek) {
    this.latestAllowedWeek = latestAllowedWeek;
    this.amendedWeek = amendedWeek;
  }

  /** Checks an amendment of the report of {@code week}: the whole report again, same week. */
  public ReportValidator amending(IsoWeek week) {
    return new ReportValidator(latestAllowedWeek, week);
  }

  /** The validated report, or {@link com.pullsafe.platform.InvalidInput} naming every bad field. */
  public ValidReport validate(NewReport r) {
    FieldChecks checks = new FieldChecks();
    IsoWeek week = week(r.week(), checks);
    topSet(r, checks);
    Integer pain = r.painScore();
    range(checks, "painScore", pain, 0, PAIN_SCORE_MAX, true);
    PainCharacter character = code(checks, "painCharacter", r.painCharacter(), PainCharacter.class);
    if (pain != null && pain > 0 && pain <= PAIN_SCORE_MAX && isBlank(r.painCharacter())) {
      checks.check(false, "painCharacter", TEXTS.text("painCharacter.requiredInPain"));
    }
    PainSpread spread = code(checks, "painSpread", r.painSpread(), PainSpread.class);
    Onset onset = code(checks, "onset", r.onset(), Onset.class);
    range(checks, "daysLasting", r.daysLasting(), 0, DAYS_LASTING_MAX, false);
    range(checks, "walkingMinutesPerDay", r.walkingMinutesPerDay(), 0, WALKING_MINUTES_MAX, true);
    checks.check(
        r.notes() == null || r.notes().length() <= NOTES_MAX,
        "notes",
        TEXTS.text("text.tooLong", NOTES_MAX));
    checks.check(StorableText.isStorable(r.notes()), "notes", TEXTS.text("text.unstorable"));
    checks.orThrow();

    boolean inPain = pain > 0;
    ReportFacts facts =
        ReportFacts.builder()
            .topSet(r.topSetKg(), r.topSetReps())
            .painScore(pain)
            .painCharacter(inPain ? character : null)
            .painSpread(inPain ? spread : null)
            .symmetric(yes(r.symmetric()))
            .onset(inPain ? onset : null)
            .daysLasting(inPain ? r.daysLasting() : null)
            .worseBendingOrExtending(inPain && yes(r.worseBendingOrExtending()))
            .atSubmaximalLoads(inPain && yes(r.atSubmaximalLoads()))
            .grindingHeavyReps(inPain && yes(r.grindingHeavyReps()))
            .radiatesToLeg(yes(r.radiatesToLeg()))
            .numbnessOrTingling(yes(r.numbnessOrTingling()))
            .popFelt(yes(r.popFelt()))
            .saddleNumbness(yes(r.saddleNumbness()))
            .bladderOrBowelChange(yes(r.bladderOrBowelChange()))
            .progressiveLegWeakness(yes(r.progressiveLegWeakness()))
            .bothLegs(yes(r.bothLegs()))
            .feverOrUnwell(yes(r.feverOrUnwell()))
            .recentTrauma(yes(r.recentTrauma()))
            .constantNightPain(yes(r.constantNightPain()))
            .walkingMinutesPerDay(r.walkingMinutesPerDay())
            .notes(r.notes())
            .build();
    String notes = isBlank(r.notes()) ? null : r.notes().strip();
    return new ValidReport(week, facts, notes);
  }

  private IsoWeek week(String text, FieldChecks checks) {
    if (isBlank(text)) {
      checks.check(false, "week", TEXTS.text("field.required"));
      return null;
    }
    Optional<IsoWeek> week = IsoWeek.tryParse(text);
    if (week.isEmpty()) {
      checks.check(false, "week", TEXTS.text("week.invalid"));
      return null;
    }
    if (amendedWeek != null) {
      checks.check(
          week.get().equals(amendedWeek), "week", TEXTS.text("week.notAmended", amendedWeek));
    } else {
      checks.check(
          !week.get().isAfter(latestAllowedWeek),
          "week",
          TEXTS.text("week.future", latestAllowedWeek));
    }
    return week.get();
  }

  private static void topSet(NewReport r, FieldChecks checks) {
    BigDecimal kg = r.topSetKg();
    if (kg != null) {
      if (!NumberBounds.hasFewDigits(kg)) {
        checks.check(false, "topSetKg", TEXTS.text("number.tooLong", NumberBounds.MAX_CHARS));
      } else {
        checks.check(
            kg.signum() > 0 && kg.compareTo(TOP_SET_KG_MAX) <= 0,
            "topSetKg",
            TEXTS.text("topSetKg.range", TOP_SET_KG_MAX));
        checks.check(
            NumberBounds.hasAtMostDecimals(kg, TOP_SET_KG_DECIMALS),
            "topSetKg",
            TEXTS.text("topSetKg.decimals", TOP_SET_KG_DECIMALS));
      }
      checks.check(r.topSetReps() != null, "topSetReps", TEXTS.text("topSetReps.withKg"));
    } else {
      checks.check(r.topSetReps() == null, "topSetKg", TEXTS.text("topSetKg.withReps"));
    }
    range(checks, "topSetReps", r.topSetReps(), TOP_SET_REPS_MIN, TOP_SET_REPS_MAX, false);
  }

  private static void range(
      FieldChecks checks, String field, Integer value, int min, int max, boolean required) {
    if (value == null) {
      checks.check(!required, field, TEXTS.text("field.required"));
      return;
    }
    checks.check(value >= min && value <= max, field, TEXTS.text("number.range", min, max));
  }

  private static <E extends Enum<E>> E code(
      FieldChecks checks, String field, String text, Class<E> type) {
    if (isBlank(text)) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.trim())) {
        return constant;
      }
    }
    String allowed =
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    checks.check(false, field, TEXTS.text("code.unknown", allowed));
    return null;
  }

  private static boolean yes(Boolean answer) {
    return Boolean.TRUE.equals(answer);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
