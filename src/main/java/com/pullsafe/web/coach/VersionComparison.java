package com.pullsafe.web.coach;

import com.pullsafe.reports.FindingView;
import com.pullsafe.reports.NewReport;
import com.pullsafe.reports.VersionView;
import com.pullsafe.reports.answers.ReportAnswers;
import com.pullsafe.review.ReportDetail;
import com.pullsafe.triage.Level;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The versions of an amended report side by side for the coach (domain brief, "Amending a report":
 * "every earlier version ... is visible to the coach"): one column per version, oldest first, with
 * its triage; one row per answer, each cell marked when it changed from the version before.
 */
public record VersionComparison(List<Column> columns, List<Row> rows) implements Serializable {

  /** One version: its number, when it was sent, the level and findings its triage gave. */
  public record Column(
      int version, boolean current, Instant submittedAt, Level triageLevel, List<String> findings)
      implements Serializable {

    /** The findings' names in one line. */
    public String findingList() {
      return String.join(", ", findings);
    }
  }

  /** One answer across the versions. */
  public record Row(String label, List<Cell> cells) implements Serializable {}

  /** An answer as one version stated it, and whether it changed from the version before. */
  public record Cell(String text, boolean changed) implements Serializable {}

  /** Bundle keys of the answers' labels on the report form. */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("topSetKg", "report.topSetKg"),
          Map.entry("topSetReps", "report.topSetReps"),
          Map.entry("painScore", "report.painScore"),
          Map.entry("painCharacter", "report.painCharacter"),
          Map.entry("painSpread", "report.painSpread"),
          Map.entry("symmetric", "report.symmetric"),
          Map.entry("onset", "report.onset"),
          Map.entry("daysLasting", "report.daysLasting"),
          Map.entry("worseBendingOrExtending", "report.worseBending"),
          Map.entry("atSubmaximalLoads", "report.submaximal"),
          Map.entry("grindingHeavyReps", "report.grinding"),
          Map.entry("radiatesToLeg", "report.radiates"),
          Map.entry("numbnessOrTingling", "report.numbness"),
          Map.entry("popFelt", "report.pop"),
          Map.entry("saddleNumbness", "report.saddle"),
          Map.entry("bladderOrBowelChange", "report.bladder"),
          Map.entry("progressiveLegWeakness", "report.weakness"),
          Map.entry("bothLegs", "report.bothLegs"),
          Map.entry("feverOrUnwell", "report.fever"),
          Map.entry("recentTrauma", "report.trauma"),
          Map.entry("constantNightPain", "report.night"),
          Map.entry("walkingMinutesPerDay", "report.walking"),
          Map.entry("notes", "report.notes"));

  /** Answers whose codes have a label of their own, under {@code <answer>.<CODE>}. */
  private static final List<String> CODED = List.of("painCharacter", "painSpread", "onset");

  /**
   * The comparison of the report's versions, or none when it was never amended.
   *
   * @param text the pages' bundle: a key (and arguments) to the text shown
   */
  public static VersionComparison of(
      ReportDetail detail, BiFunction<String, Object[], String> text) {
    List<NewReport> stated = new ArrayList<>();
    List<List<String>> changed = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (VersionView v : detail.earlierVersions()) {
      stated.add(v.stated());
      changed.add(v.changedFields());
      columns.add(
          new Column(
              v.version(), false, v.submittedAt(), v.triageLevel(), codes(v.findings(), text)));
    }
    var current = detail.report();
    stated.add(current.stated());
    changed.add(detail.changedFields());
    columns.add(
        new Column(
            current.version(),
            true,
            current.amendedAt(),
            current.triageLevel(),
            codes(current.findings(), text)));

    List<Row> rows = new ArrayList<>();
    List<Map<String, Object>> answersByName = stated.stream().map(NewReport::byName).toList();
    for (String answer : ReportAnswers.NAMES) {
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < stated.size(); i++) {
        cells.add(
            new Cell(
                shown(answer, answersByName.get(i).get(answer), text),
                changed.get(i).contains(answer)));
      }
      String key = LABELS.get(answer);
      rows.add(new Row(key == null ? answer : text.apply(key, new Object[0]), cells));
    }
    return new VersionComparison(columns, rows);
  }

  private static List<String> codes(
      List<FindingView> findings, BiFunction<String, Object[], String> text) {
    return findings.stream()
        .map(f -> text.apply("finding." + f.code().name(), new Object[0]))
        .toList();
  }

  private static String shown(
      String answer, Object value, BiFunction<String, Object[], String> text) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return "–";
    }
    if (value instanceof Boolean yes) {
      return text.apply(yes ? "versions.yes" : "versions.no", new Object[0]);
    }
    if (value instanceof BigDecimal kg) {
      return kg.stripTrailingZeros().toPlainString();
    }
    if (CODED.contains(answer)) {
      return text.apply(answer + "." + value, new Object[0]);
    }
    return value.toString();
  }
}
