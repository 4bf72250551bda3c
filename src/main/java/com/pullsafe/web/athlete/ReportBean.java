package com.pullsafe.web.athlete;

import com.pullsafe.platform.Conflict;
import com.pullsafe.platform.InvalidInput;
import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.ReportSubmission;
import com.pullsafe.reports.ReportValidator;
import com.pullsafe.reports.ReportView;
import com.pullsafe.reports.Reports;
import com.pullsafe.triage.Onset;
import com.pullsafe.triage.PainCharacter;
import com.pullsafe.triage.PainSpread;
import com.pullsafe.web.Feedback;
import com.pullsafe.web.FormNumbers;
import com.pullsafe.web.PageIds;
import com.pullsafe.web.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
  private static final String FORM = "report:";

  /** Service field names to the form's client ids, for messages next to the fields. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("week", FORM + "week"),
          Map.entry("topSetKg", FORM + "topSetKg"),
          Map.entry("topSetReps", FORM + "topSetReps"),
          Map.entry("painScore", FORM + "painScore"),
          Map.entry("painCharacter", FORM + "painCharacter"),
          Map.entry("painSpread", FORM + "painSpread"),
          Map.entry("onset", FORM + "onset"),
          Map.entry("daysLasting", FORM + "daysLasting"),
          Map.entry("walkingMinutesPerDay", FORM + "walking"),
          Map.entry("notes", FORM + "notes"));

  @Inject private ReportSubmission submission;
  @Inject private Reports reports;
  @Inject private Feedback feedback;
  @Inject private Texts texts;
  @Inject private ExternalContext external;
  @Inject private Amendments amendments;

  private String id;
  private ReportView amended;
  private boolean amendClosed;
  private List<ReportView> amendable;
  private List<String> openWeeks;
  private String week;
  private String topSetKg;
  private String topSetReps;
  private int painScore;
  private String painCharacter;
  private String painSpread;
  private boolean symmetric;
  private String onset;
  private String daysLasting;
  private boolean worseBendingOrExtending;
  private boolean atSubmaximalLoads;
  private boolean grindingHeavyReps;
  private boolean radiatesToLeg;
  private boolean numbnessOrTingling;
  private boolean popFelt;
  private boolean saddleNumbness;
  private boolean bladderOrBowelChange;
  private boolean progressiveLegWeakness;
  private boolean bothLegs;
  private boolean feverOrUnwell;
  private boolean recentTrauma;
  private boolean constantNightPain;
  private String walkingMinutesPerDay;
  private String notes;

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
    week = openWeeks.isEmpty() ? null : openWeeks.get(0);
  }

  private void loadAmended() {
    amended = reports.getReport(PageIds.parse(id, "Report"));
    amendable = List.of();
    if (!amendments.open(amended)) {
      amendClosed = true;
      openWeeks = List.of();
      return;
    }
    week = amended.week();
    openWeeks = List.of(week);
    prefill(amended.stated());
  }

  private void prefill(NewReport stated) {
    topSetKg = asWritten(stated.topSetKg());
    topSetReps = text(stated.topSetReps());
    painScore = stated.painScore();
    painCharacter = stated.painCharacter();
    painSpread = stated.painSpread();
    symmetric = yes(stated.symmetric());
    onset = stated.onset();
    daysLasting = text(stated.daysLasting());
    worseBendingOrExtending = yes(stated.worseBendingOrExtending());
    atSubmaximalLoads = yes(stated.atSubmaximalLoads());
    grindingHeavyReps = yes(stated.grindingHeavyReps());
    radiatesToLeg = yes(stated.radiatesToLeg());
    numbnessOrTingling = yes(stated.numbnessOrTingling());
    popFelt = yes(stated.popFelt());
    saddleNumbness = yes(stated.saddleNumbness());
    bladderOrBowelChange = yes(stated.bladderOrBowelChange());
    progressiveLegWeakness = yes(stated.progressiveLegWeakness());
    bothLegs = yes(stated.bothLegs());
    feverOrUnwell = yes(stated.feverOrUnwell());
    recentTrauma = yes(stated.recentTrauma());
    constantNightPain = yes(stated.constantNightPain());
    walkingMinutesPerDay = text(stated.walkingMinutesPerDay());
    notes = stated.notes();
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

  private static boolean yes(Boolean answer) {
    return Boolean.TRUE.equals(answer);
  }

  public void submit() throws IOException {
    try {
      FormNumbers numbers = new FormNumbers(texts);
      NewReport report = report(numbers);
      numbers.orThrow(
          () -> new ReportValidator(IsoWeek.latestStarted(Clock.systemUTC())).validate(report));
      ReportView stored =
          amended == null ? submission.submit(report) : submission.amend(amended.id(), report);
      external.redirect(
          external.getRequestContextPath() + "/athlete/result.xhtml?id=" + stored.id());
    } catch (InvalidInput refused) {
      feedback.fieldErrors(refused, FIELDS);
    } catch (Conflict refused) {
      if (amended == null) {
        feedback.fieldError(FORM + "week", refused.getMessage());
      } else {
        feedback.error(refused.getMessage());
      }
    }
  }

  /** The answers as the form holds them; hidden pain answers are cleared by the validator. */
  private NewReport report(FormNumbers numbers) {
    Integer days = painScore > 0 ? numbers.whole("daysLasting", daysLasting) : null;
    return new NewReport(
        week,
        numbers.decimal("topSetKg", topSetKg),
        numbers.whole("topSetReps", topSetReps),
        painScore,
        painCharacter,
        painSpread,
        symmetric,
        onset,
        days,
        worseBendingOrExtending,
        atSubmaximalLoads,
        grindingHeavyReps,
        radiatesToLeg,
        numbnessOrTingling,
        popFelt,
        saddleNumbness,
        bladderOrBowelChange,
        progressiveLegWeakness,
        bothLegs,
        feverOrUnwell,
        recentTrauma,
        constantNightPain,
        numbers.whole("walkingMinutesPerDay", walkingMinutesPerDay),
        notes);
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
    return painScore > 0;
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

  public String getWeek() {
    return week;
  }

  public void setWeek(String week) {
    this.week = week;
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

  public int getPainScore() {
    return painScore;
  }

  public void setPainScore(int painScore) {
    this.painScore = painScore;
  }

  public String getPainCharacter() {
    return painCharacter;
  }

  public void setPainCharacter(String painCharacter) {
    this.painCharacter = painCharacter;
  }

  public String getPainSpread() {
    return painSpread;
  }

  public void setPainSpread(String painSpread) {
    this.painSpread = painSpread;
  }

  public boolean isSymmetric() {
    return symmetric;
  }

  public void setSymmetric(boolean symmetric) {
    this.symmetric = symmetric;
  }

  public String getOnset() {
    return onset;
  }

  public void setOnset(String onset) {
    this.onset = onset;
  }

  public String getDaysLasting() {
    return daysLasting;
  }

  public void setDaysLasting(String daysLasting) {
    this.daysLasting = daysLasting;
  }

  public boolean isWorseBendingOrExtending() {
    return worseBendingOrExtending;
  }

  public void setWorseBendingOrExtending(boolean worseBendingOrExtending) {
    this.worseBendingOrExtending = worseBendingOrExtending;
  }

  public boolean isAtSubmaximalLoads() {
    return atSubmaximalLoads;
  }

  public void setAtSubmaximalLoads(boolean atSubmaximalLoads) {
    this.atSubmaximalLoads = atSubmaximalLoads;
  }

  public boolean isGrindingHeavyReps() {
    return grindingHeavyReps;
  }

  public void setGrindingHeavyReps(boolean grindingHeavyReps) {
    this.grindingHeavyReps = grindingHeavyReps;
  }

  public boolean isRadiatesToLeg() {
    return radiatesToLeg;
  }

  public void setRadiatesToLeg(boolean radiatesToLeg) {
    this.radiatesToLeg = radiatesToLeg;
  }

  public boolean isNumbnessOrTingling() {
    return numbnessOrTingling;
  }

  public void setNumbnessOrTingling(boolean numbnessOrTingling) {
    this.numbnessOrTingling = numbnessOrTingling;
  }

  public boolean isPopFelt() {
    return popFelt;
  }

  public void setPopFelt(boolean popFelt) {
    this.popFelt = popFelt;
  }

  public boolean isSaddleNumbness() {
    return saddleNumbness;
  }

  public void setSaddleNumbness(boolean saddleNumbness) {
    this.saddleNumbness = saddleNumbness;
  }

  public boolean isBladderOrBowelChange() {
    return bladderOrBowelChange;
  }

  public void setBladderOrBowelChange(boolean bladderOrBowelChange) {
    this.bladderOrBowelChange = bladderOrBowelChange;
  }

  public boolean isProgressiveLegWeakness() {
    return progressiveLegWeakness;
  }

  public void setProgressiveLegWeakness(boolean progressiveLegWeakness) {
    this.progressiveLegWeakness = progressiveLegWeakness;
  }

  public boolean isBothLegs() {
    return bothLegs;
  }

  public void setBothLegs(boolean bothLegs) {
    this.bothLegs = bothLegs;
  }

  public boolean isFeverOrUnwell() {
    return feverOrUnwell;
  }

  public void setFeverOrUnwell(boolean feverOrUnwell) {
    this.feverOrUnwell = feverOrUnwell;
  }

  public boolean isRecentTrauma() {
    return recentTrauma;
  }

  public void setRecentTrauma(boolean recentTrauma) {
    this.recentTrauma = recentTrauma;
  }

  public boolean isConstantNightPain() {
    return constantNightPain;
  }

  public void setConstantNightPain(boolean constantNightPain) {
    this.constantNightPain = constantNightPain;
  }

  public String getWalkingMinutesPerDay() {
    return walkingMinutesPerDay;
  }

  public void setWalkingMinutesPerDay(String walkingMinutesPerDay) {
    this.walkingMinutesPerDay = walkingMinutesPerDay;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
