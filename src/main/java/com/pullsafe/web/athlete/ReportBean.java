package com.pullsafe.web.athlete;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportService;
import com.pullsafe.reports.ReportSubmissionService;
import com.pullsafe.reports.ReportValidator;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.answers.Onset;
import com.pullsafe.reports.answers.PainCharacter;
import com.pullsafe.reports.answers.PainSpread;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Backs {@code /athlete/report.xhtml}: the weekly report form; pain questions only when in pain,
 * nerve signs and red flags always. With {@code ?id=} it updates that report of this week or last
 * week, prefilled with its answers (domain brief, "Amending a report"). What to store at painScore
 * 0 is the validator's business, not the page's.
 */
@Named
@ViewScoped
public class ReportBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int WEEKS_OFFERED = 4;
  private static final Form FORM = Form.of("report").input("walkingMinutesPerDay", "walking");

  @Inject private ReportSubmissionService submission;
  @Inject private ReportService reports;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private Amendments amendments;
  @Inject private PageValidation validation;

  private String id;
  private ReportView amended;
  private boolean amendClosed;
  private List<ReportView> amendable;
  private List<String> openWeeks;
  private NewReport report = new NewReport();
  private String topSetKg;
  private String topSetReps;
  private String daysLasting;
  private String walkingMinutesPerDay;

  /**
   * The weeks of the last month not reported yet, this week first; or, with {@code ?id=}, the
   * report to update.
   */
  public void load() {
    if (id != null) {
      loadAmended();
      return;
    }
    IsoWeek current = IsoWeek.containing(LocalDate.now());
    List<ReportView> recent = reports.myReports(0, WEEKS_OFFERED);
    Set<String> reported = recent.stream().map(ReportView::week).collect(Collectors.toSet());
    amendable = recent.stream().filter(amendments::open).toList();
    openWeeks =
        IntStream.range(0, WEEKS_OFFERED)
            .mapToObj(i -> current.minusWeeks(i).toString())
            .filter(w -> !reported.contains(w))
            .toList();
    report.setPainScore(0);
    report.setWeek(openWeeks.isEmpty() ? null : openWeeks.get(0));
  }

  private void loadAmended() {
    amended = reports.getReport(PageIds.parse(id, "Report"));
    amendable = List.of();
    if (!amendments.open(amended)) {
      amendClosed = true;
      openWeeks = List.of();
      return;
    }
    openWeeks = List.of(amended.week());
    prefill(amended.stated());
  }

  private void prefill(NewReport stated) {
    report = new NewReport(stated.getWeek(), stated);
    topSetKg = asWritten(stated.getTopSetKg());
    topSetReps = text(stated.getTopSetReps());
    daysLasting = text(stated.getDaysLasting());
    walkingMinutesPerDay = text(stated.getWalkingMinutesPerDay());
  }

  private static String text(Integer number) {
    return number == null ? null : number.toString();
  }

  /** 140 rather than the stored 140.00, 142.5 rather than 142.50. */
  private static String asWritten(BigDecimal kg) {
    if (kg == null) {
      return null;
    }
    BigDecimal plain = kg.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
  }

  /**
   * Stores the report and shows its result. A conflict with a new report (such as its week reported
   * meanwhile) is shown next to the week.
   */
  public void submit() {
    feedback.submit(
        amended == null ? FORM.conflictNextTo("week") : FORM,
        () -> {
          FormNumbers numbers = new FormNumbers(texts);
          NewReport stated = stated(numbers);
          // Checked here too, not only by the service: the page's validator words the messages
          // for the page (PageWording), the service's as the API does.
          Runnable check =
              () ->
                  new ReportValidator(
                          validation.validator(), IsoWeek.latestStarted(Clock.systemUTC()))
                      .validate(stated);
          numbers.orThrow(check);
          check.run();
          ReportView stored =
              amended == null ? submission.submit(stated) : submission.amend(amended.id(), stated);
          feedback.show("/athlete/result.xhtml?id=" + stored.id());
        });
  }

  /**
   * The answers as the form holds them, with the numbers read from their text; hidden pain answers
   * are cleared by the validator.
   */
  private NewReport stated(FormNumbers numbers) {
    NewReport stated = new NewReport(report.getWeek(), report);
    stated.setTopSetKg(numbers.decimal("topSetKg", topSetKg));
    stated.setTopSetReps(numbers.whole("topSetReps", topSetReps));
    stated.setDaysLasting(isInPain() ? numbers.whole("daysLasting", daysLasting) : null);
    stated.setWalkingMinutesPerDay(numbers.whole("walkingMinutesPerDay", walkingMinutesPerDay));
    return stated;
  }

  public boolean isAmending() {
    return amended != null && !amendClosed;
  }

  public boolean isAmendClosed() {
    return amendClosed;
  }

  /** The athlete's recent reports that can still be updated, newest first. */
  public List<ReportView> getAmendable() {
    return amendable;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isInPain() {
    return report.inPain();
  }

  public List<Integer> getPainScores() {
    return IntStream.rangeClosed(0, 10).boxed().toList();
  }

  public PainCharacter[] getPainCharacters() {
    return PainCharacter.values();
  }

  public PainSpread[] getPainSpreads() {
    return PainSpread.values();
  }

  public Onset[] getOnsets() {
    return Onset.values();
  }

  public List<String> getOpenWeeks() {
    return openWeeks;
  }

  /** The answers the form binds to directly: the week, the codes, the yes/no answers, the notes. */
  public NewReport getReport() {
    return report;
  }

  /** The pain score as the form's menu holds it: a number from 0 to 10. */
  public int getPainScore() {
    return report.getPainScore() == null ? 0 : report.getPainScore();
  }

  public void setPainScore(int painScore) {
    report.setPainScore(painScore);
  }

  public String getTopSetKg() {
    return topSetKg;
  }

  public void setTopSetKg(String topSetKg) {
    this.topSetKg = topSetKg;
  }

  public String getTopSetReps() {
    return topSetReps;
  }

  public void setTopSetReps(String topSetReps) {
    this.topSetReps = topSetReps;
  }

  public String getDaysLasting() {
    return daysLasting;
  }

  public void setDaysLasting(String daysLasting) {
    this.daysLasting = daysLasting;
  }

  public String getWalkingMinutesPerDay() {
    return walkingMinutesPerDay;
  }

  public void setWalkingMinutesPerDay(String walkingMinutesPerDay) {
    this.walkingMinutesPerDay = walkingMinutesPerDay;
  }
}
