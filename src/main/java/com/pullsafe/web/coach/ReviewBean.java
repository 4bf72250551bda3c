package com.pullsafe.web.coach;

import com.pullsafe.program.AlternativeCatalogService;
import com.pullsafe.program.NewAssignment;
import com.pullsafe.program.ProgramService;
import com.pullsafe.program.ProgramView;
import com.pullsafe.programming.Alternative;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.ReviewStatus;
import com.pullsafe.review.Decision;
import com.pullsafe.review.ReportDetail;
import com.pullsafe.review.ReviewRequest;
import com.pullsafe.review.ReviewService;
import com.pullsafe.shared.Violations;
import com.pullsafe.triage.Level;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.Form;
import com.pullsafe.web.FormNumbers;
import com.pullsafe.web.PageIds;
import com.pullsafe.web.PageValidation;
import com.pullsafe.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs {@code /coach/review.xhtml}: one flagged report with its findings, its earlier versions
 * side by side when the athlete amended it, and the athlete's history; confirm or override, a note,
 * assignments from the catalog (the engine's suggestions ticked), and the clearance after RED or
 * URGENT.
 */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int HISTORY_WEEKS = 12;

  @Inject private ReviewService reviews;
  @Inject private ReportService reports;
  @Inject private ProgramService programs;
  @Inject private AlternativeCatalogService catalog;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private PageValidation validation;

  private String id;
  private long reportId;
  private ReportDetail detail;
  private List<ReportView> history;
  private ProgramView program;
  private List<AssignmentRow> rows;
  private VersionComparison versions;

  private String decision = Decision.CONFIRM.name();
  private Level overrideLevel;
  private String reason;
  private String note;
  private boolean relearningBlock;
  private String clearanceNote;

  public void load() {
    reportId = PageIds.parse(id, "Report");
    detail = reviews.detail(reportId);
    versions = detail.earlierVersions().isEmpty() ? null : VersionComparison.of(detail, this::text);
    long athleteId = detail.report().athleteId();
    history = reports.reportsOf(athleteId, 0, HISTORY_WEEKS);
    program = programs.programOf(athleteId);
    Set<Alternative> suggested = Set.copyOf(detail.report().suggestedAlternatives());
    rows =
        catalog.all().stream()
            .map(entry -> new AssignmentRow(entry, suggested.contains(entry.code())))
            .sorted(Comparator.comparing(AssignmentRow::isSuggested).reversed())
            .toList();
  }

  public void submit() {
    List<Integer> selectedRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).isSelected()) {
        selectedRows.add(i);
      }
    }
    boolean override = Decision.OVERRIDE.name().equals(decision);
    FormNumbers numbers = new FormNumbers(texts);
    List<NewAssignment> assign = new ArrayList<>();
    for (int i = 0; i < selectedRows.size(); i++) {
      assign.add(rows.get(selectedRows.get(i)).toNewAssignment(numbers, "assign[" + i + "]"));
    }
    ReviewRequest request =
        new ReviewRequest(
            decision,
            override && overrideLevel != null ? overrideLevel.name() : null,
            override ? reason : null,
            note,
            assign,
            relearningBlock);
    feedback.submit(
        reviewForm(selectedRows),
        () -> {
          // Checked here too, not only by the service: the page's validator words the messages
          // for the page (PageWording), the service's as the API does.
          Runnable check = () -> Violations.requireValid(validation.validator(), request);
          numbers.orThrow(check);
          check.run();
          reviews.review(reportId, request);
          feedback.doneThenShow(texts.get("review.saved"), "/coach/review.xhtml?id=" + reportId);
        },
        () -> detail = reviews.detail(reportId));
  }

  public void clear() {
    feedback.submit(
        Form.of("clearance").input("note", "clearanceNote"),
        () -> {
          programs.clear(detail.report().athleteId(), clearanceNote);
          feedback.doneThenShow(texts.get("clearance.saved"), "/coach/review.xhtml?id=" + reportId);
        });
  }

  /**
   * The review form; {@code assign[i]} is the i-th ticked row. A refusal of the assignments by a
   * rule explains itself globally.
   */
  private static Form reviewForm(List<Integer> selectedRows) {
    return Form.of("review")
        .input("noteToAthlete", "note")
        .rows("assign", "assignments", selectedRows, Map.of("alternative", "selected"))
        .conflictMessageShown();
  }

  /** What the athlete answered yes to, as bundle keys of plain words. */
  public List<String> getStatedSigns() {
    NewReport s = detail.report().stated();
    Map<String, Boolean> answers = new LinkedHashMap<>();
    answers.put("report.symmetric", s.getSymmetric());
    answers.put("report.worseBending", s.getWorseBendingOrExtending());
    answers.put("report.submaximal", s.getAtSubmaximalLoads());
    answers.put("report.grinding", s.getGrindingHeavyReps());
    answers.put("report.radiates", s.getRadiatesToLeg());
    answers.put("report.numbness", s.getNumbnessOrTingling());
    answers.put("report.pop", s.getPopFelt());
    answers.put("report.saddle", s.getSaddleNumbness());
    answers.put("report.bladder", s.getBladderOrBowelChange());
    answers.put("report.weakness", s.getProgressiveLegWeakness());
    answers.put("report.bothLegs", s.getBothLegs());
    answers.put("report.fever", s.getFeverOrUnwell());
    answers.put("report.trauma", s.getRecentTrauma());
    answers.put("report.night", s.getConstantNightPain());
    return answers.entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  /** The current version is reviewed; an amendment that raised the level re-opens the report. */
  public boolean isReviewed() {
    return detail.report().reviewStatus() == ReviewStatus.REVIEWED;
  }

  /** A review of an earlier version, shown while the amended report waits for a new one. */
  public boolean isReopened() {
    return detail.review() != null && !isReviewed();
  }

  public VersionComparison getVersions() {
    return versions;
  }

  /** A text of the pages' bundle; a key another part of the app has not added yet shows as such. */
  private String text(String key, Object[] args) {
    try {
      return texts.get(key, args);
    } catch (MissingResourceException missing) {
      return key;
    }
  }

  public boolean isOverride() {
    return Decision.OVERRIDE.name().equals(decision);
  }

  public boolean isAwaitingClearance() {
    return program.awaitingClearance();
  }

  public Level[] getLevels() {
    return Level.values();
  }

  public List<AssignmentRow> getRows() {
    return rows;
  }

  public ReportDetail getDetail() {
    return detail;
  }

  public ReportView getReport() {
    return detail.report();
  }

  public List<ReportView> getHistory() {
    return history;
  }

  public ProgramView getProgram() {
    return program;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public Level getOverrideLevel() {
    return overrideLevel;
  }

  public void setOverrideLevel(Level overrideLevel) {
    this.overrideLevel = overrideLevel;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isRelearningBlock() {
    return relearningBlock;
  }

  public void setRelearningBlock(boolean relearningBlock) {
    this.relearningBlock = relearningBlock;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getClearanceNote() {
    return clearanceNote;
  }

  public void setClearanceNote(String clearanceNote) {
    this.clearanceNote = clearanceNote;
  }
}
