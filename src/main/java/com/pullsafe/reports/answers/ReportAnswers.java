package com.pullsafe.reports.answers;

import com.pullsafe.shared.Amount;
import com.pullsafe.shared.Between;
import com.pullsafe.shared.EnumName;
import com.pullsafe.shared.Storable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every answer of a weekly report (domain brief, "The weekly report"), the one place they are
 * listed: the form binds to it, the API reads it from JSON, the triage engine reads it, and each
 * stored report and each amended version keeps it as columns of its own table. The constraints say
 * what an athlete may state; {@link ConsistentAnswers} adds the rules between answers.
 *
 * <p>The codes (character, spread, onset) are kept as text, as stated, so that an unknown code is
 * refused naming its field; once valid, {@link #painCharacter()}, {@link #painSpread()} and {@link
 * #onset()} read them as their enums. The yes/no answers are never null: an absent answer means no.
 */
@Embeddable
@ConsistentAnswers
public class ReportAnswers implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String TOP_SET_KG_MAX = "1000";
  public static final int TOP_SET_KG_DECIMALS = 2;
  public static final int TOP_SET_REPS_MIN = 1;
  public static final int TOP_SET_REPS_MAX = 30;
  public static final int PAIN_SCORE_MAX = 10;
  public static final int DAYS_LASTING_MAX = 60;
  public static final int WALKING_MINUTES_MAX = 1440;
  public static final int NOTES_MAX = 2000;

  /** The answers' names in the order of the report's fields. */
  public static final List<String> NAMES = List.copyOf(new ReportAnswers().byName().keySet());

  @Amount(
      min = "0",
      minIncluded = false,
      max = TOP_SET_KG_MAX,
      decimals = TOP_SET_KG_DECIMALS,
      message = "{pullsafe.topSetKg.range}",
      decimalsMessage = "{pullsafe.topSetKg.decimals}")
  @Column(name = "top_set_kg", precision = 6, scale = 2)
  private BigDecimal topSetKg;

  @Between(min = "" + TOP_SET_REPS_MIN, max = "" + TOP_SET_REPS_MAX)
  @Column(name = "top_set_reps")
  private Integer topSetReps;

  @NotNull(message = "{pullsafe.required}")
  @Between(min = "0", max = "" + PAIN_SCORE_MAX)
  @Column(name = "pain_score", nullable = false)
  private Integer painScore;

  @EnumName(type = PainCharacter.class)
  @Column(name = "pain_character", length = 10)
  private String painCharacter;

  @EnumName(type = PainSpread.class)
  @Column(name = "pain_spread", length = 12)
  private String painSpread;

  /** "symmetric" is a reserved word in PostgreSQL. */
  @Column(name = "symmetric_pain", nullable = false)
  private Boolean symmetric = false;

  @EnumName(type = Onset.class)
  @Column(length = 16)
  private String onset;

  @Between(min = "0", max = "" + DAYS_LASTING_MAX)
  @Column(name = "days_lasting")
  private Integer daysLasting;

  @Column(name = "worse_bending_or_extending", nullable = false)
  private Boolean worseBendingOrExtending = false;

  @Column(name = "at_submaximal_loads", nullable = false)
  private Boolean atSubmaximalLoads = false;

  @Column(name = "grinding_heavy_reps", nullable = false)
  private Boolean grindingHeavyReps = false;

  @Column(name = "radiates_to_leg", nullable = false)
  private Boolean radiatesToLeg = false;

  @Column(name = "numbness_or_tingling", nullable = false)
  private Boolean numbnessOrTingling = false;

  @Column(name = "pop_felt", nullable = false)
  private Boolean popFelt = false;

  @Column(name = "saddle_numbness", nullable = false)
  private Boolean saddleNumbness = false;

  @Column(name = "bladder_or_bowel_change", nullable = false)
  private Boolean bladderOrBowelChange = false;

  @Column(name = "progressive_leg_weakness", nullable = false)
  private Boolean progressiveLegWeakness = false;

  @Column(name = "both_legs", nullable = false)
  private Boolean bothLegs = false;

  @Column(name = "fever_or_unwell", nullable = false)
  private Boolean feverOrUnwell = false;

  @Column(name = "recent_trauma", nullable = false)
  private Boolean recentTrauma = false;

  @Column(name = "constant_night_pain", nullable = false)
  private Boolean constantNightPain = false;

  @NotNull(message = "{pullsafe.required}")
  @Between(min = "0", max = "" + WALKING_MINUTES_MAX)
  @Column(name = "walking_minutes_per_day", nullable = false)
  private Integer walkingMinutesPerDay;

  @Size(max = NOTES_MAX, message = "{pullsafe.text.tooLong}")
  @Storable
  @Column(length = NOTES_MAX)
  private String notes;

  public ReportAnswers() {}

  /** A copy of {@code other}'s answers. */
  public ReportAnswers(ReportAnswers other) {
    this.topSetKg = other.topSetKg;
    this.topSetReps = other.topSetReps;
    this.painScore = other.painScore;
    this.painCharacter = other.painCharacter;
    this.painSpread = other.painSpread;
    this.symmetric = other.symmetric;
    this.onset = other.onset;
    this.daysLasting = other.daysLasting;
    this.worseBendingOrExtending = other.worseBendingOrExtending;
    this.atSubmaximalLoads = other.atSubmaximalLoads;
    this.grindingHeavyReps = other.grindingHeavyReps;
    this.radiatesToLeg = other.radiatesToLeg;
    this.numbnessOrTingling = other.numbnessOrTingling;
    this.popFelt = other.popFelt;
    this.saddleNumbness = other.saddleNumbness;
    this.bladderOrBowelChange = other.bladderOrBowelChange;
    this.progressiveLegWeakness = other.progressiveLegWeakness;
    this.bothLegs = other.bothLegs;
    this.feverOrUnwell = other.feverOrUnwell;
    this.recentTrauma = other.recentTrauma;
    this.constantNightPain = other.constantNightPain;
    this.walkingMinutesPerDay = other.walkingMinutesPerDay;
    this.notes = other.notes;
  }

  /** An independent copy of these answers. */
  public ReportAnswers copy() {
    return new ReportAnswers(this);
  }

  public boolean inPain() {
    return painScore != null && painScore > 0;
  }

  /** Saddle numbness, bladder or bowel change, a leg getting weaker, or symptoms in both legs. */
  public boolean seriousPathologySigns() {
    return saddleNumbness || bladderOrBowelChange || progressiveLegWeakness || bothLegs;
  }

  /** Fever or feeling unwell, recent trauma, or constant night pain. */
  public boolean generalRedFlags() {
    return feverOrUnwell || recentTrauma || constantNightPain;
  }

  /**
   * Pain down a leg or numbness or tingling, which count even without back pain, or a pop during
   * the lift with back pain.
   */
  public boolean nerveSigns() {
    return radiatesToLeg || numbnessOrTingling || (popFelt && inPain());
  }

  /** The stated character as its code; null when absent. Read only valid answers. */
  public PainCharacter painCharacter() {
    return code(PainCharacter.class, painCharacter);
  }

  /** The stated spread as its code; null when absent. Read only valid answers. */
  public PainSpread painSpread() {
    return code(PainSpread.class, painSpread);
  }

  /** The stated onset as its code; null when absent. Read only valid answers. */
  public Onset onset() {
    return code(Onset.class, onset);
  }

  private static <E extends Enum<E>> E code(Class<E> type, String text) {
    return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
  }

  /** Each answer by its name, in the order of the report's fields. */
  public Map<String, Object> byName() {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("topSetKg", topSetKg);
    answers.put("topSetReps", topSetReps);
    answers.put("painScore", painScore);
    answers.put("painCharacter", painCharacter);
    answers.put("painSpread", painSpread);
    answers.put("symmetric", symmetric);
    answers.put("onset", onset);
    answers.put("daysLasting", daysLasting);
    answers.put("worseBendingOrExtending", worseBendingOrExtending);
    answers.put("atSubmaximalLoads", atSubmaximalLoads);
    answers.put("grindingHeavyReps", grindingHeavyReps);
    answers.put("radiatesToLeg", radiatesToLeg);
    answers.put("numbnessOrTingling", numbnessOrTingling);
    answers.put("popFelt", popFelt);
    answers.put("saddleNumbness", saddleNumbness);
    answers.put("bladderOrBowelChange", bladderOrBowelChange);
    answers.put("progressiveLegWeakness", progressiveLegWeakness);
    answers.put("bothLegs", bothLegs);
    answers.put("feverOrUnwell", feverOrUnwell);
    answers.put("recentTrauma", recentTrauma);
    answers.put("constantNightPain", constantNightPain);
    answers.put("walkingMinutesPerDay", walkingMinutesPerDay);
    answers.put("notes", notes);
    return answers;
  }

  public BigDecimal getTopSetKg() {
    return topSetKg;
  }

  public void setTopSetKg(BigDecimal topSetKg) {
    this.topSetKg = topSetKg;
  }

  public Integer getTopSetReps() {
    return topSetReps;
  }

  public void setTopSetReps(Integer topSetReps) {
    this.topSetReps = topSetReps;
  }

  public Integer getPainScore() {
    return painScore;
  }

  public void setPainScore(Integer painScore) {
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

  public Boolean getSymmetric() {
    return symmetric;
  }

  public void setSymmetric(Boolean symmetric) {
    this.symmetric = Boolean.TRUE.equals(symmetric);
  }

  public String getOnset() {
    return onset;
  }

  public void setOnset(String onset) {
    this.onset = onset;
  }

  public Integer getDaysLasting() {
    return daysLasting;
  }

  public void setDaysLasting(Integer daysLasting) {
    this.daysLasting = daysLasting;
  }

  public Boolean getWorseBendingOrExtending() {
    return worseBendingOrExtending;
  }

  public void setWorseBendingOrExtending(Boolean worseBendingOrExtending) {
    this.worseBendingOrExtending = Boolean.TRUE.equals(worseBendingOrExtending);
  }

  public Boolean getAtSubmaximalLoads() {
    return atSubmaximalLoads;
  }

  public void setAtSubmaximalLoads(Boolean atSubmaximalLoads) {
    this.atSubmaximalLoads = Boolean.TRUE.equals(atSubmaximalLoads);
  }

  public Boolean getGrindingHeavyReps() {
    return grindingHeavyReps;
  }

  public void setGrindingHeavyReps(Boolean grindingHeavyReps) {
    this.grindingHeavyReps = Boolean.TRUE.equals(grindingHeavyReps);
  }

  public Boolean getRadiatesToLeg() {
    return radiatesToLeg;
  }

  public void setRadiatesToLeg(Boolean radiatesToLeg) {
    this.radiatesToLeg = Boolean.TRUE.equals(radiatesToLeg);
  }

  public Boolean getNumbnessOrTingling() {
    return numbnessOrTingling;
  }

  public void setNumbnessOrTingling(Boolean numbnessOrTingling) {
    this.numbnessOrTingling = Boolean.TRUE.equals(numbnessOrTingling);
  }

  public Boolean getPopFelt() {
    return popFelt;
  }

  public void setPopFelt(Boolean popFelt) {
    this.popFelt = Boolean.TRUE.equals(popFelt);
  }

  public Boolean getSaddleNumbness() {
    return saddleNumbness;
  }

  public void setSaddleNumbness(Boolean saddleNumbness) {
    this.saddleNumbness = Boolean.TRUE.equals(saddleNumbness);
  }

  public Boolean getBladderOrBowelChange() {
    return bladderOrBowelChange;
  }

  public void setBladderOrBowelChange(Boolean bladderOrBowelChange) {
    this.bladderOrBowelChange = Boolean.TRUE.equals(bladderOrBowelChange);
  }

  public Boolean getProgressiveLegWeakness() {
    return progressiveLegWeakness;
  }

  public void setProgressiveLegWeakness(Boolean progressiveLegWeakness) {
    this.progressiveLegWeakness = Boolean.TRUE.equals(progressiveLegWeakness);
  }

  public Boolean getBothLegs() {
    return bothLegs;
  }

  public void setBothLegs(Boolean bothLegs) {
    this.bothLegs = Boolean.TRUE.equals(bothLegs);
  }

  public Boolean getFeverOrUnwell() {
    return feverOrUnwell;
  }

  public void setFeverOrUnwell(Boolean feverOrUnwell) {
    this.feverOrUnwell = Boolean.TRUE.equals(feverOrUnwell);
  }

  public Boolean getRecentTrauma() {
    return recentTrauma;
  }

  public void setRecentTrauma(Boolean recentTrauma) {
    this.recentTrauma = Boolean.TRUE.equals(recentTrauma);
  }

  public Boolean getConstantNightPain() {
    return constantNightPain;
  }

  public void setConstantNightPain(Boolean constantNightPain) {
    this.constantNightPain = Boolean.TRUE.equals(constantNightPain);
  }

  public Integer getWalkingMinutesPerDay() {
    return walkingMinutesPerDay;
  }

  public void setWalkingMinutesPerDay(Integer walkingMinutesPerDay) {
    this.walkingMinutesPerDay = walkingMinutesPerDay;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && byName().equals(((ReportAnswers) other).byName());
  }

  @Override
  public int hashCode() {
    return Objects.hash(byName().values().toArray());
  }
}
