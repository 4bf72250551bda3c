package com.pullsafe.api;

import com.pullsafe.reports.NewReport;
import java.math.BigDecimal;

/**
 * A weekly report as the API takes it ({@code POST /api/v1/reports}) and shows it back: the fields
 * of the domain brief's weekly report. Codes are text, so that an unknown one is refused naming its
 * field; an absent yes/no answer means no.
 */
public record ReportBody(
    String week,
    BigDecimal topSetKg,
    Integer topSetReps,
    Integer painScore,
    String painCharacter,
    String painSpread,
    Boolean symmetric,
    String onset,
    Integer daysLasting,
    Boolean worseBendingOrExtending,
    Boolean atSubmaximalLoads,
    Boolean grindingHeavyReps,
    Boolean radiatesToLeg,
    Boolean numbnessOrTingling,
    Boolean popFelt,
    Boolean saddleNumbness,
    Boolean bladderOrBowelChange,
    Boolean progressiveLegWeakness,
    Boolean feverOrUnwell,
    Boolean recentTrauma,
    Boolean constantNightPain,
    Integer walkingMinutesPerDay,
    String notes) {

  NewReport toNewReport() {
    return new NewReport(
        week,
        topSetKg,
        topSetReps,
        painScore,
        painCharacter,
        painSpread,
        symmetric,
        onset,
        daysLasting,
        worseBendingOrExtending,
        atSubmaximalLoads,
        grindingHeavyReps,
        radiatesToLeg,
        numbnessOrTingling,
        popFelt,
        saddleNumbness,
        bladderOrBowelChange,
        progressiveLegWeakness,
        feverOrUnwell,
        recentTrauma,
        constantNightPain,
        walkingMinutesPerDay,
        notes);
  }

  static ReportBody of(NewReport r) {
    return new ReportBody(
        r.week(),
        r.topSetKg(),
        r.topSetReps(),
        r.painScore(),
        r.painCharacter(),
        r.painSpread(),
        r.symmetric(),
        r.onset(),
        r.daysLasting(),
        r.worseBendingOrExtending(),
        r.atSubmaximalLoads(),
        r.grindingHeavyReps(),
        r.radiatesToLeg(),
        r.numbnessOrTingling(),
        r.popFelt(),
        r.saddleNumbness(),
        r.bladderOrBowelChange(),
        r.progressiveLegWeakness(),
        r.feverOrUnwell(),
        r.recentTrauma(),
        r.constantNightPain(),
        r.walkingMinutesPerDay(),
        r.notes());
  }
}
