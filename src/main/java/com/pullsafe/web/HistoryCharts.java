package com.pullsafe.web;

import com.pullsafe.reports.IsoWeek;
import com.pullsafe.reports.ReportView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Chart.js configurations (the raw JSON that PrimeFaces' {@code p:chart} takes) of an athlete's
 * weeks: pain score and top-set load, oldest week first. Every week between the first and the last
 * report has its place; a week without a value (not reported, or no deadlifts) breaks the line
 * instead of being bridged, and both axes start at zero so that the slope is not exaggerated.
 */
@Named
@ApplicationScoped
public class HistoryCharts {

  private static final String PAIN_COLOUR = "#b42318";
  private static final String LOAD_COLOUR = "#0b5c8a";
  private static final int PAIN_MAX = 10;

  @Inject private Texts texts;
  @Inject private Formats formats;

  public HistoryCharts() {}

  HistoryCharts(Texts texts, Formats formats) {
    this.texts = texts;
    this.formats = formats;
  }

  /**
   * @param newestFirst reports as the services list them
   */
  public String pain(List<ReportView> newestFirst) {
    return line(
        newestFirst,
        texts.get("chart.pain"),
        PAIN_COLOUR,
        r -> BigDecimal.valueOf(r.stated().getPainScore()),
        Json.createObjectBuilder()
            .add("min", 0)
            .add("max", PAIN_MAX)
            .add("ticks", Json.createObjectBuilder().add("stepSize", 2)));
  }

  public String load(List<ReportView> newestFirst) {
    return line(
        newestFirst,
        texts.get("chart.load"),
        LOAD_COLOUR,
        r -> r.stated().getTopSetKg(),
        Json.createObjectBuilder().add("min", 0).add("beginAtZero", true));
  }

  /** A plain-text summary of the same numbers, for screen readers and as a fallback. */
  public String summary(List<ReportView> newestFirst) {
    StringBuilder text = new StringBuilder();
    for (ReportView r : oldestFirst(newestFirst)) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(
          texts.get(
              "chart.summaryItem",
              formats.week(r.week()),
              r.stated().getPainScore(),
              r.stated().getTopSetKg() == null ? "–" : formats.kg(r.stated().getTopSetKg())));
    }
    return text.toString();
  }

  private static List<ReportView> oldestFirst(List<ReportView> newestFirst) {
    List<ReportView> copy = new ArrayList<>(newestFirst);
    Collections.reverse(copy);
    return copy;
  }

  private String line(
      List<ReportView> newestFirst,
      String label,
      String colour,
      Function<ReportView, BigDecimal> value,
      JsonObjectBuilder yAxis) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    IsoWeek previous = null;
    for (ReportView r : oldestFirst(newestFirst)) {
      IsoWeek week = IsoWeek.parse(r.week());
      for (IsoWeek missing = previous == null ? week : previous.plusWeeks(1);
          missing.compareTo(week) < 0;
          missing = missing.plusWeeks(1)) {
        labels.add(formats.week(missing.toString()));
        data.addNull();
      }
      labels.add(formats.week(r.week()));
      BigDecimal v = value.apply(r);
      if (v == null) {
        data.addNull();
      } else {
        data.add(v);
      }
      previous = week;
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", label)
                                .add("data", data)
                                .add("borderColor", colour)
                                .add("backgroundColor", colour)
                                .add("pointRadius", 4)
                                .add("tension", 0.2)
                                .add("spanGaps", false))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add("y", yAxis)))
        .build()
        .toString();
  }
}
