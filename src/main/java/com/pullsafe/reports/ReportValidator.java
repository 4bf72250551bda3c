package com.pullsafe.reports;

import com.pullsafe.reports.answers.ReportAnswers;
import com.pullsafe.shared.Bundle;
import com.pullsafe.shared.InvalidInput;
import com.pullsafe.shared.InvalidInput.FieldError;
import com.pullsafe.shared.Violations;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a weekly report against the domain brief ("The weekly report"): the answers by their
 * constraints ({@link ReportAnswers}), the week here: no week in the future, and for an amendment
 * the report's own week. Every bad field is reported at once, by its name, in the order of the
 * report's fields. With painScore 0 the answers that describe pain are stored as absent, however
 * the report came in: this is the one place that clears them. The once-per-week rule needs the
 * database and lives in the service.
 */
public final class ReportValidator {

  private static final Bundle TEXTS =
      Bundle.of("com.pullsafe.reports.ReportMessages", ReportValidator.class);

  private static final List<String> FIELD_ORDER = fieldOrder();

  private final Validator validator;
  private final IsoWeek latestAllowedWeek;
  private final IsoWeek amendedWeek;

  /**
   * @param validator checks the answers' constraints
   * @param latestAllowedWeek the latest week that has started; later weeks are refused
   */
  public ReportValidator(Validator validator, IsoWeek latestAllowedWeek) {
    this(validator, latestAllowedWeek, null);
  }

  private ReportValidator(Validator validator, IsoWeek latestAllowedWeek, IsoWeek amendedWeek) {
    this.validator = validator;
    this.latestAllowedWeek = latestAllowedWeek;
    this.amendedWeek = amendedWeek;
  }

  /** Checks an amendment of the report of {@code week}: the whole report again, same week. */
  public ReportValidator amending(IsoWeek week) {
    return new ReportValidator(validator, latestAllowedWeek, week);
  }

  /** The validated report, or {@link InvalidInput} naming every bad field. */
  public ValidReport validate(NewReport report) {
    List<FieldError> errors = new ArrayList<>();
    IsoWeek week = week(report.getWeek(), errors);
    errors.addAll(Violations.fieldErrors(validator.validate(report.answers())));
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(e -> FIELD_ORDER.indexOf(e.field())));
      throw new InvalidInput(errors);
    }
    return new ValidReport(week, stored(report.answers()));
  }

  /** The answers as stored: pain described only when in pain, codes and notes without blanks. */
  private static ReportAnswers stored(ReportAnswers stated) {
    ReportAnswers answers = stated.copy();
    boolean inPain = answers.inPain();
    answers.setPainCharacter(inPain ? name(answers.painCharacter()) : null);
    answers.setPainSpread(inPain ? name(answers.painSpread()) : null);
    answers.setOnset(inPain ? name(answers.onset()) : null);
    if (!inPain) {
      answers.setDaysLasting(null);
      answers.setWorseBendingOrExtending(false);
      answers.setAtSubmaximalLoads(false);
      answers.setGrindingHeavyReps(false);
    }
    String notes = answers.getNotes();
    answers.setNotes(notes == null || notes.isBlank() ? null : notes.strip());
    return answers;
  }

  private static String name(Enum<?> code) {
    return code == null ? null : code.name();
  }

  private IsoWeek week(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("week", TEXTS.text("field.required")));
      return null;
    }
    Optional<IsoWeek> week = IsoWeek.tryParse(text);
    if (week.isEmpty()) {
      errors.add(new FieldError("week", TEXTS.text("week.invalid")));
      return null;
    }
    if (amendedWeek != null && !week.get().equals(amendedWeek)) {
      errors.add(new FieldError("week", TEXTS.text("week.notAmended", amendedWeek)));
    } else if (amendedWeek == null && week.get().isAfter(latestAllowedWeek)) {
      errors.add(new FieldError("week", TEXTS.text("week.future", latestAllowedWeek)));
    }
    return week.get();
  }

  private static List<String> fieldOrder() {
    List<String> order = new ArrayList<>(List.of("week"));
    order.addAll(ReportAnswers.NAMES);
    return List.copyOf(order);
  }
}
